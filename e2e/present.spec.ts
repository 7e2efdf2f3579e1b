import { expect, type Page, test } from '@playwright/test';
import { download, watchErrors } from './helpers';

/** Opens a page and waits for hydration: keys pressed and buttons clicked before it go nowhere. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
}

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

    // The listing names three organisations: the last slide ranks them.
    await page.keyboard.press('End');
    await expect(shown).toHaveAttribute('data-slide', 'top-institutions');
    await expect(page).toHaveURL(/slide=6/);
    await expect(shown.locator('.slide-takeaway')).toContainText('is on the most papers');
    await page.keyboard.press('ArrowRight');
    await expect(shown).toHaveAttribute('data-slide', 'top-institutions');

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
      'Papers per year grew 2.1× from 2023 to 2024 (13 → 27); 2025 has 28 papers so far, to October',
    );
    await expect(shown.locator('svg.chart rect.bar')).toHaveCount(5);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/present\?timeline=year&slide=4$/);
    await expect(shown.locator('.slide-takeaway')).toContainText('The median paper has 6 authors');
    await open(page, '/present?slide=99');
    await expect(shown).toHaveAttribute('data-slide', 'top-institutions');
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
