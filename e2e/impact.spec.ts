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
});
