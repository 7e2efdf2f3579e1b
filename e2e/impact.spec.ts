import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { downloadText, parseCsv, watchErrors } from './helpers';

const CORPORA = path.resolve('../shared/corpora');
const WOS = path.join(CORPORA, 'wos/bibliometrix__bibliometric_in_management.txt');

/** The TC and SO fields of each record of a Web of Science export, read here apart from the parser. */
function wosFields(): { citations: number[]; sources: Set<string> } {
  const citations: number[] = [];
  const sources = new Set<string>();
  for (const line of readFileSync(WOS, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('TC ')) citations.push(Number(line.slice(3)));
    if (line.startsWith('SO ')) sources.add(line.slice(3).trim());
  }
  return { citations, sources };
}

test.describe('impact, sources, places and collaboration of a Web of Science export', () => {
  test.skip(!existsSync(CORPORA), `${CORPORA} is absent: this test reads a real export there`);

  test('the figures agree with the file, each card has its takeaway, data table and CSV', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const { citations, sources } = wosFields();
    await page.goto('/import');
    await page.locator('input[name="files"]').setInputFiles(WOS);
    await page.getByLabel('Name').fill('WoS management');
    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.getByRole('button', { name: /^Import \d+ papers$/ }).click();
    await expect(page).toHaveURL(/\/corpora\/c[0-9a-f]+$/);

    const impact = page.getByRole('region', { name: 'Which papers matter' });
    // The sections below the table stream in after the page, while the new corpus's terms are extracted.
    await expect(impact).toBeVisible({ timeout: 60_000 });
    const total = citations.reduce((a, b) => a + b, 0);
    await expect(impact.locator('.tile').filter({ hasText: 'Citations' })).toContainText(
      total.toLocaleString('en-US'),
    );
    await expect(impact.locator('.tile').filter({ hasText: 'Citations' })).toContainText(
      `${citations.length} of ${citations.length} papers with a count`,
    );
    const sorted = [...citations].sort((a, b) => b - a);
    const h = sorted.filter((c, i) => c >= i + 1).length;
    await expect(impact.locator('.tile').filter({ hasText: 'h-index' })).toContainText(String(h));

    for (const id of [
      'most-cited',
      'citations-per-year',
      'h-index-authors',
      'h-index-sources',
      'top-sources',
      'bradford',
      'source-production',
      'top-institutions',
      'countries',
      'world-map',
      'coauthors',
    ]) {
      const card = page.locator(`[data-chart="${id}"]`);
      await expect(card.locator('svg.chart')).toBeVisible({ timeout: 30_000 });
      await expect(card.locator('.card-takeaway')).not.toBeEmpty();
      await expect(card.locator('.chart-data summary')).toHaveText('Data table');
    }
    // No paper of this export links code: no comparison is drawn rather than one side of it.
    await expect(page.locator('[data-chart="code-impact"]')).toHaveCount(0);

    const bradford = page.locator('[data-chart="bradford"]');
    const { name, text } = await downloadText(page, () =>
      bradford.getByRole('button', { name: /\.csv$/ }).click(),
    );
    expect(name).toMatch(/-bradford\.csv$/);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(sources.size);
    expect(rows.reduce((sum, r) => sum + Number(r.papers), 0)).toBe(citations.length);
    expect(new Set(rows.map((r) => r.zone))).toEqual(new Set(['Zone 1', 'Zone 2', 'Zone 3']));

    await expect(page.locator('[data-chart="world-map"] [data-country="United States"]')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('a source bar, a country on the map and an author on the co-author map filter the dashboard', async ({
    page,
  }) => {
    // Terms of the corpus the first test imported may still be extracted: every view is computed afresh meanwhile.
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    const sources = new Map<string, number>();
    for (const line of readFileSync(WOS, 'utf8').split(/\r?\n/)) {
      if (line.startsWith('SO '))
        sources.set(line.slice(3).trim(), (sources.get(line.slice(3).trim()) ?? 0) + 1);
    }
    const [topSource, topCount] = [...sources.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    await page.goto('/corpora');
    await page.getByRole('link', { name: 'WoS management' }).first().click();
    const headline = page.getByRole('region', { name: 'Headline numbers' }).locator('.tile-value').first();

    await page
      .locator('[data-chart="top-sources"]')
      .getByRole('link', { name: `Filter to papers in ${topSource}` })
      .click();
    await expect(page).toHaveURL(/venue=/, { timeout: 60_000 });
    await expect(headline).toHaveText(String(topCount));
    await expect(page.locator('.chip', { hasText: topSource })).toBeVisible();
    // The filtered view's sources: the one clicked, drawn as the active bar.
    const sourcesCard = page.locator('[data-chart="top-sources"]');
    await expect(sourcesCard.locator('.bar-row')).toHaveCount(1, { timeout: 30_000 });
    await expect(sourcesCard.locator('.bar-row.is-active')).toHaveCount(1);

    await page.goto('/corpora');
    await page.getByRole('link', { name: 'WoS management' }).first().click();
    await page
      .locator('[data-chart="world-map"]')
      .getByRole('link', { name: 'Filter to papers from Italy' })
      .click();
    await expect(page).toHaveURL(/country=Italy/, { timeout: 60_000 });
    await expect(page.locator('.chip', { hasText: 'Italy' })).toBeVisible();

    const author = page.locator('[data-chart="coauthors"] a').first();
    await author.click();
    await expect(page).toHaveURL(/author=/, { timeout: 60_000 });
    expect(Number(await headline.textContent())).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
