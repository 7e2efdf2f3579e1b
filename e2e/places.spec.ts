import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { downloadText, parseCsv } from './helpers';

const CORPORA = path.resolve('../shared/corpora');
const WOS = path.join(CORPORA, 'wos/bibliometrix__bibliometric_in_management.txt');

/** The file's records as Web of Science writes them, read apart from the app: source, times cited, addresses. */
function wosRecords() {
  return readFileSync(WOS, 'utf8')
    .split(/^ER\s*$/m)
    .filter((text) => /^TI /m.test(text))
    .map((text) => ({
      source: /^SO (.+)$/m.exec(text)?.[1]?.trim() ?? '',
      cited: Number(/^TC (\d+)$/m.exec(text)?.[1]),
      // C1 and its continuation lines, one address a line.
      addresses: (/^C1 ([\s\S]*?)\n(?=[A-Z][A-Z0-9] )/m.exec(text)?.[1] ?? '')
        .split('\n')
        .map((l) => l.trim()),
    }));
}

async function importWos(page: Page): Promise<string> {
  const created = await page.request.post('/api/corpora', {
    multipart: {
      name: 'Bibliometrics in management',
      files: { name: path.basename(WOS), mimeType: 'text/plain', buffer: readFileSync(WOS) },
    },
  });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body.merged).toBe(0);
  return `/corpora/${body.corpus.id}`;
}

const headlinePapers = async (page: Page) =>
  Number(
    (
      await page
        .getByRole('region', { name: 'Headline numbers' })
        .locator('.tile-value')
        .first()
        .textContent()
    )?.replace(/,/g, ''),
  );

test.describe('filtering by venue and by country', () => {
  test.skip(!existsSync(WOS), `${WOS} is absent: these tests read a real Web of Science export`);

  test('a venue clicked in the table filters the dashboard, the table and its CSV', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const records = wosRecords();
    const top = records.reduce((best, r) => (r.cited > best.cited ? r : best));
    const inVenue = records.filter((r) => r.source === top.source);

    await page.goto(`${await importWos(page)}?sort=citations.desc`);
    const firstRow = page.locator('table.papers tbody tr').first();
    await expect(firstRow.locator('td.col-citations')).toHaveText(String(top.cited));
    await firstRow.locator('a[data-filter="venue"]').click();

    await expect(page).toHaveURL(/[?&]venue=/);
    await expect(page.getByRole('navigation', { name: 'Active filters' })).toContainText(
      `venue: ${top.source}`,
    );
    await expect.poll(() => headlinePapers(page)).toBe(inVenue.length);
    await expect(page.locator('.table-card .card-note')).toHaveText(`${inVenue.length} papers`);
    const venues = await page.locator('table.papers tbody td.col-venue').allTextContents();
    expect(venues.length).toBe(Math.min(25, inVenue.length));
    expect(new Set(venues)).toEqual(new Set([top.source]));

    const csv = await downloadText(page, () => page.getByRole('link', { name: 'Export CSV' }).click());
    const rows = parseCsv(csv.text);
    expect(rows).toHaveLength(inVenue.length);
    expect(new Set(rows.map((r) => r.venue))).toEqual(new Set([top.source]));
    expect(rows.reduce((sum, r) => sum + Number(r.citations), 0)).toBe(
      inVenue.reduce((sum, r) => sum + r.cited, 0),
    );
    // Sorted by citations, most first, as the table is.
    const cited = rows.map((r) => Number(r.citations));
    expect(cited).toEqual([...cited].sort((a, b) => b - a));
    expect(errors).toEqual([]);
  });

  test('a country clicked in the table filters everything, and its chip lifts the filter', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const records = wosRecords();
    const italian = records.filter((r) => r.addresses.some((a) => /,\s*italy\.?$/i.test(a)));
    expect(italian.length).toBeGreaterThan(0);

    await page.goto(`${await importWos(page)}?sort=citations.desc&size=100`);
    await page
      .locator('a[data-filter="country"]', { hasText: /^Italy$/ })
      .first()
      .click();

    await expect(page).toHaveURL(/[?&]country=Italy/);
    const chips = page.getByRole('navigation', { name: 'Active filters' });
    await expect(chips).toContainText('country: Italy');
    await expect.poll(() => headlinePapers(page)).toBe(italian.length);
    const rows = page.locator('table.papers tbody tr');
    await expect(rows).toHaveCount(Math.min(100, italian.length));
    for (const countries of await page.locator('table.papers tbody td.col-institution').allTextContents()) {
      expect(countries).toContain('Italy');
    }

    const csv = parseCsv(
      (await downloadText(page, () => page.getByRole('link', { name: 'Export CSV' }).click())).text,
    );
    expect(csv).toHaveLength(italian.length);
    expect(csv.every((r) => (r.countries ?? '').split('; ').includes('Italy'))).toBe(true);

    await page.getByRole('link', { name: 'Remove filter country: Italy' }).click();
    await expect(page).not.toHaveURL(/country=/);
    await expect.poll(() => headlinePapers(page)).toBe(records.length);
    expect(errors).toEqual([]);
  });
});

test.describe('filtering by author', () => {
  test.skip(!existsSync(WOS), `${WOS} is absent: these tests read a real Web of Science export`);

  test('a top author clicked filters everything to their papers, named in the chip and the URL', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(await importWos(page));
    const bar = page.locator('[data-chart="top-authors"] a').first();
    const name = (await bar.getAttribute('aria-label'))?.replace('Filter to papers by ', '') ?? '';
    const papers = Number(await bar.locator('text.value').textContent());
    expect(papers).toBeGreaterThan(1);
    await bar.click();

    await expect(page).toHaveURL(/[?&]author=/);
    await expect(page.getByRole('navigation', { name: 'Active filters' })).toContainText(`author: ${name}`);
    await expect.poll(() => headlinePapers(page)).toBe(papers);
    await expect(page.locator('table.papers tbody tr')).toHaveCount(Math.min(25, papers));
    // The author's own bar now covers every paper shown.
    await expect(page.locator('[data-chart="top-authors"] a').first().locator('text.value')).toHaveText(
      String(papers),
    );
    expect(errors).toEqual([]);
  });
});
