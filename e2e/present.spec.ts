import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { download, open, watchErrors } from './helpers';

function svgSize(svg: string): { width: number; height: number } {
  const root = svg.match(/<svg [^>]*>/)?.[0] ?? '';
  return {
    width: Number(root.match(/ width="(\d+)"/)?.[1]),
    height: Number(root.match(/ height="(\d+)"/)?.[1]),
  };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('presentation mode', () => {
  test('the dashboard opens the slides with its query, and Esc goes back with it', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/?timeline=year');
    await page.getByRole('link', { name: 'Present', exact: true }).click();
    await expect(page).toHaveURL(/\/present\?timeline=year$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Distribution matching');
    await expect(page.locator('[data-slide="title"]')).toContainText('75 papers published from May 2021');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/\?timeline=year$/);
    await expect(page.locator('.dashboard')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('arrows, End, Home, space and PageUp move between slides and the URL follows', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/present?timeline=year');
    const shown = page.locator('.slide:not([hidden])');
    await expect(shown).toHaveAttribute('data-slide', 'title');

    await page.keyboard.press('ArrowRight');
    await expect(shown).toHaveAttribute('data-slide', 'top-terms');
    await expect(page).toHaveURL(/\/present\?timeline=year&slide=2$/);
    await expect(shown.locator('svg.chart .bar')).toHaveCount(10);
    const leader = await shown.locator('svg.chart text.label').first().textContent();
    await expect(shown.locator('.slide-takeaway')).toHaveText(
      /^“.+” is the most relevant term, in \d+% of papers \(\d+ of 75\)(, then “.+”)?$/,
    );
    await expect(shown.locator('.slide-takeaway')).toContainText(`“${leader?.replace(/…$/, '')}`);

    const count = await page.locator('section.slide').count();
    await page.keyboard.press('End');
    await expect(shown).toHaveAttribute('data-slide', 'what-changed');
    await expect(page).toHaveURL(new RegExp(`slide=${count}$`));
    await page.keyboard.press('ArrowRight');
    await expect(shown).toHaveAttribute('data-slide', 'what-changed');

    await page.keyboard.press('Home');
    await expect(shown).toHaveAttribute('data-slide', 'title');
    await expect(page).toHaveURL(/slide=1/);

    await page.keyboard.press(' ');
    await page.keyboard.press('PageDown');
    await expect(shown).toHaveAttribute('data-slide', 'timeline');
    await page.keyboard.press('PageUp');
    await expect(shown).toHaveAttribute('data-slide', 'top-terms');
    await page.keyboard.press('ArrowLeft');
    await expect(shown).toHaveAttribute('data-slide', 'title');
    expect(errors).toEqual([]);
  });

  test('a slide URL opens that slide, with a takeaway computed from the data', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/present?slide=3&timeline=year');
    const shown = page.locator('.slide:not([hidden])');
    await expect(shown).toHaveAttribute('data-slide', 'timeline');
    await expect(shown.getByRole('heading', { level: 2 })).toHaveText('Publication timeline');
    // 2025 stops in October, so it is "so far", and the comparison is of the last complete years.
    await expect(shown.locator('.slide-takeaway')).toHaveText(
      'Papers per year grew 2.1× from 2023 to 2024 (13 → 27; exact Poisson test, p = 0.04); 2025 has 28 papers so far, to October',
    );
    await expect(shown.locator('svg.chart rect.bar')).toHaveCount(5);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/present\?timeline=year&slide=4$/);
    await expect(shown.locator('.slide-takeaway')).toContainText('The median paper has 6 authors');
    await open(page, '/present?slide=99');
    await expect(shown).toHaveAttribute('data-slide', 'what-changed');
    await open(page, '/present?slide=nope');
    await expect(shown).toHaveAttribute('data-slide', 'title');
    expect(errors).toEqual([]);
  });

  test('the slide controls work from the keyboard with a visible focus ring', async ({ page }) => {
    await open(page, '/present');
    const next = page.getByRole('link', { name: 'Next slide' });
    await next.focus();
    await expect(next).toBeFocused();
    const outline = await next.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page.locator('.slide:not([hidden])')).toHaveAttribute('data-slide', 'top-terms');
    await page.keyboard.press('f');
    await expect(page.locator('.slide:not([hidden])')).toHaveAttribute('data-slide', 'top-terms');
  });
});

const WOS = path.resolve('../shared/corpora/wos/bibliometrix__RPT_papers.txt');
// The deck of the Web of Science export the first test imports; the shipped one until then.
let wosDeck = '/present';

test.describe('the whole deck', () => {
  test('has a slide for each dashboard section with something to say, in its order, each with a takeaway', async ({
    page,
    request,
  }) => {
    const errors = watchErrors(page);
    const order = [
      'title',
      'top-terms',
      'timeline',
      'authors',
      'code-links',
      'term-trends',
      'rising-fading',
      'term-map',
      'top-authors',
      'team-size',
      'lotka',
      'what-changed',
    ];
    const ids = () =>
      page
        .locator('section.slide')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.slide ?? ''));
    // The impact, sources, places and collaboration slides come where their sections are on the dashboard:
    // after the authors' slides, before what changed.
    const split = (deck: string[]) => {
      const extra = deck.filter((id) => !order.includes(id));
      const after = Math.max(deck.indexOf('team-size'), deck.indexOf('lotka'));
      const before = deck.indexOf('what-changed');
      return {
        core: deck.filter((id) => order.includes(id)),
        extra,
        placed: extra.every((id) => deck.indexOf(id) > after && deck.indexOf(id) < before),
      };
    };
    await open(page, '/present');
    // The shipped listing gives author counts, not names: no top authors, no Lotka, and none offered. It names
    // organisations: their slide speaks.
    const shipped = split(await ids());
    expect(shipped.core).toEqual(order.filter((id) => id !== 'top-authors' && id !== 'lotka'));
    expect(shipped.extra).toEqual(['top-institutions']);
    expect(shipped.placed).toBe(true);
    await expect(page.locator('.slide-choices a[data-choice="lotka"]')).toHaveCount(0);
    for (const takeaway of await page.locator('section.slide .slide-takeaway').allTextContents()) {
      expect(takeaway.length).toBeGreaterThan(20);
    }

    // A Web of Science export names its authors: every section but the GitHub-link rate speaks.
    test.skip(!existsSync(WOS), `${WOS} is absent`);
    const created = await request.post('/api/corpora', {
      multipart: {
        name: 'WoS deck',
        files: { name: 'wos.txt', mimeType: 'text/plain', buffer: readFileSync(WOS) },
      },
    });
    expect(created.status()).toBe(201);
    wosDeck = `/corpora/${(await created.json()).corpus.id}/present`;
    // Terms are tagged after the import: the term slides appear once they are.
    await expect(async () => {
      await open(page, wosDeck);
      const wos = split(await ids());
      // Web of Science has no field for links: the GitHub-link slide has nothing to say.
      expect(wos.core).toEqual(order.filter((id) => id !== 'code-links'));
      expect(wos.extra).toEqual(
        expect.arrayContaining(['most-cited', 'top-sources', 'bradford', 'coauthors']),
      );
      expect(wos.placed).toBe(true);
    }).toPass({ timeout: 60_000 });
    expect(errors).toEqual([]);
  });

  test('the presenter leaves slides out, and the URL holds the choice', async ({ page }) => {
    await open(page, '/present?timeline=year');
    const before = await page.locator('section.slide').count();
    await page.locator('.slide-choices summary').click();
    await page.getByRole('link', { name: 'Leave out Rising and fading terms' }).click();
    await expect(page).toHaveURL(/omit=rising-fading/);
    await expect(page).toHaveURL(/timeline=year/);
    await expect(page.locator('section.slide')).toHaveCount(before - 1);
    await expect(page.locator('[data-slide="rising-fading"]')).toHaveCount(0);
    await page.locator('.slide-choices summary').click();
    await page.getByRole('link', { name: 'Leave out Term map' }).click();
    await expect(page).toHaveURL(/omit=rising-fading%2Cterm-map/);
    await page.reload();
    await expect(page.locator('section.slide')).toHaveCount(before - 2);
    // Brought back from the same menu.
    await page.locator('.slide-choices summary').click();
    await page.getByRole('link', { name: 'Show Rising and fading terms' }).click();
    await expect(page.locator('[data-slide="rising-fading"]')).toHaveCount(1);
    await expect(page.locator('section.slide')).toHaveCount(before - 1);
    // Esc goes back to the dashboard without the deck's own keys.
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/\?timeline=year$/);
  });

  test('downloads as a PDF of one page a slide and a PPTX of one slide a slide, with editable text', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await open(page, '/present?omit=authors');
    const slides = await page.locator('section.slide').count();
    const takeaways = await page.locator('section.slide .slide-takeaway').allTextContents();

    const pdf = await download(page, () => page.getByRole('button', { name: 'PDF', exact: true }).click());
    expect(pdf.name).toBe('distribution-matching-hugging-face-papers-slides.pdf');
    expect(pdf.bytes.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    const pages = pdf.bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBe(slides);

    const pptx = await download(page, () => page.getByRole('button', { name: 'PPTX', exact: true }).click());
    expect(pptx.name).toBe('distribution-matching-hugging-face-papers-slides.pptx');
    const files = unzipSync(new Uint8Array(pptx.bytes));
    const slideFiles = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slideFiles.length).toBe(slides);
    const xml = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`] ?? new Uint8Array());
    // Titles and takeaways are text runs, the charts pictures.
    const xmlText = (text: string) =>
      text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/'/g, '&apos;')
        .replace(/"/g, '&quot;');
    expect(xml(2)).toContain('<a:t>Top terms</a:t>');
    expect(xml(2)).toContain(xmlText(takeaways[1] ?? 'missing'));
    expect(xml(2)).toContain('<p:pic>');
    expect(xml(1)).not.toContain('<p:pic>');
    const pictures = slideFiles.filter((name) =>
      strFromU8(files[name] ?? new Uint8Array()).includes('<p:pic>'),
    );
    expect(pictures.length).toBe(slides - 1);
    expect(errors).toEqual([]);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`at ${width}×${height} no chart text leaves its chart and the four headline numbers share a row`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      for (const deck of ['/present', wosDeck]) {
        await open(page, deck);
        const tops = await page
          .locator('[data-slide="title"] .slide-numbers > div')
          .evaluateAll((tiles) => tiles.map((tile) => Math.round(tile.getBoundingClientRect().top)));
        expect(tops).toHaveLength(4);
        expect(new Set(tops).size).toBe(1);
        const count = await page.locator('section.slide').count();
        for (let i = 0; i < count; i++) {
          const shown = page.locator('section.slide:not([hidden])');
          const id = await shown.getAttribute('data-slide');
          const outside = await shown.evaluate((slide) => {
            const found: string[] = [];
            const area = slide.getBoundingClientRect();
            for (const svg of slide.querySelectorAll('svg.chart')) {
              const box = svg.getBoundingClientRect();
              for (const text of svg.querySelectorAll('text')) {
                const r = text.getBoundingClientRect();
                if (!r.width) continue;
                if (
                  r.left < box.left - 1 ||
                  r.right > box.right + 1 ||
                  r.top < box.top - 1 ||
                  r.bottom > box.bottom + 1
                )
                  found.push(text.textContent ?? '');
              }
            }
            for (const text of slide.querySelectorAll('h1, h2, .slide-takeaway, .slide-note')) {
              const r = text.getBoundingClientRect();
              if (r.right > area.right + 1 || r.bottom > area.bottom + 1) found.push(text.textContent ?? '');
            }
            return found;
          });
          expect(outside, `${deck} ${id} at ${width}×${height}`).toEqual([]);
          await page.keyboard.press('ArrowRight');
        }
      }
    });
  }
});

test.describe('chart downloads', () => {
  test('a chart downloads as a standalone SVG and as a PNG at twice its size', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/');
    const card = page.locator('[data-chart="authors"]');

    const svgFile = await download(page, () =>
      card.getByRole('button', { name: 'Save Authors per paper as SVG' }).click(),
    );
    expect(svgFile.name).toBe('distribution-matching-hugging-face-authors-per-paper.svg');
    const svg = svgFile.bytes.toString('utf8');
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svg).toContain('>Authors per paper</text>');
    expect(svg).toMatch(
      /Source: Paperscope · Distribution matching — Hugging Face papers · all papers · exported \d+ \w{3} \d{4}/,
    );
    expect(svg).toContain('font-family="&#39;Helvetica Neue&#39;, Helvetica, Arial');
    expect(svg).toMatch(/class="bar"[^>]*style="fill:rgb\(61, 90, 254\)/);
    expect(svg).not.toContain('data-tip');
    expect(svg).toContain('fill="#ffffff"');
    const size = svgSize(svg);
    expect(size.width).toBeGreaterThan(640);
    expect(size.height).toBeGreaterThan(260);

    const pngFile = await download(page, () =>
      card.getByRole('button', { name: 'Save Authors per paper as PNG' }).click(),
    );
    expect(pngFile.name).toBe('distribution-matching-hugging-face-authors-per-paper.png');
    expect(pngFile.bytes.length).toBeGreaterThan(5_000);
    expect(pngSize(pngFile.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });

    await card.getByRole('button', { name: 'Transparent background' }).click();
    await expect(card.getByRole('button', { name: 'Transparent background' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const clear = await download(page, () =>
      card.getByRole('button', { name: 'Save Authors per paper as SVG' }).click(),
    );
    expect(clear.bytes.toString('utf8')).not.toContain('fill="#ffffff"');
    expect(errors).toEqual([]);
  });

  test('a chart exported from the dark theme keeps the light palette, readable on white', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '/');
    const { bytes } = await download(page, () =>
      page.getByRole('button', { name: 'Save Top terms as SVG' }).click(),
    );
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/class="label"[^>]*style="fill:rgb\(22, 24, 29\)/);
  });

  test('every chart card has its data as a table', async ({ page }) => {
    await open(page, '/');
    for (const id of ['top-terms', 'timeline', 'authors', 'code-links']) {
      const table = page.locator(`[data-chart="${id}"] details.chart-data`);
      await expect(table.locator('summary')).toHaveText('Data table');
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
    }
    const authors = page.locator('[data-chart="authors"] details.chart-data');
    await authors.locator('summary').click();
    await expect(authors.getByRole('row', { name: /^unknown 3$/ })).toBeVisible();
  });
});

test.describe('themes and print', () => {
  test('the theme toggle sets data-theme and is remembered across pages', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(14, 17, 22)');

    await open(page, '/import');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(errors).toEqual([]);
  });

  test('the dashboard prints as a report of several pages without controls', async ({ page }) => {
    await open(page, '/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.card-actions').first()).toBeHidden();
    await expect(page.locator('.pager')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Present', exact: true })).toBeHidden();
    await expect(page.locator('table.papers tbody tr').first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  });
});
