import { expect, test } from '@playwright/test';
import { downloadText, parseCsv, watchErrors } from './helpers';

test.describe('dashboard on the shipped corpus', () => {
  test('loads with no console or page errors and shows the headline numbers', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Distribution matching');
    const tiles = page.getByRole('region', { name: 'Headline numbers' });
    await expect(tiles).toContainText('75');
    await expect(tiles).toContainText('3 unknown');
    await expect(page.locator('table.papers tbody tr')).toHaveCount(25);
    // Hydration errors arrive after load.
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(errors).toEqual([]);
  });

  test('top terms rank by relevance, or by frequency from the URL, and the notes say which', async ({
    page,
  }) => {
    await page.goto('/');
    const card = page.locator('[data-chart="top-terms"]');
    await expect(card.locator('.card-note')).toContainText('Ranked by relevance');
    await expect(page.locator('[data-chart="term-map"] .card-note')).toContainText('by relevance');
    const byRelevance = await card.locator('svg text.label').allTextContents();
    await card.getByRole('link', { name: 'Frequency', exact: true }).click();
    await expect(page).toHaveURL(/\?rank=frequency$/);
    await expect(card.locator('.card-note')).toContainText('Ranked by frequency');
    await expect(page.locator('[data-chart="term-map"] .card-note')).toContainText('by frequency');
    const byFrequency = await card.locator('svg text.label').allTextContents();
    // As many terms as the dashboard lists (DASHBOARD_TERMS), in either ranking.
    expect(byFrequency).toHaveLength(40);
    expect(byFrequency).not.toEqual(byRelevance);
    await card.getByRole('link', { name: 'Relevance', exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('each chart renders its marks', async ({ page }) => {
    await page.goto('/');
    const chart = (id: string) => page.locator(`[data-chart="${id}"] svg`);
    await expect(chart('top-terms').locator('.bar')).toHaveCount(40);
    await expect(chart('top-terms').locator('text.label').first()).not.toBeEmpty();
    // May 2021 to Oct 2025 spans more than three years of months: the timeline opens by year.
    await expect(chart('timeline').locator('rect.bar')).toHaveCount(5);
    await expect(chart('timeline').locator('path.line')).toHaveCount(1);
    await expect(chart('authors').locator('rect.bar-unknown')).toHaveCount(1);
    expect(await chart('authors').locator('rect.bar').count()).toBeGreaterThan(10);
    await expect(chart('code-links').locator('rect.bar')).toHaveCount(5);
    await expect(chart('code-links').locator('text.tick-label')).toHaveText([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });

  test('the timeline switches to months from a link, with month ticks, and a chart tooltip follows the pointer', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Timeline unit' })
      .getByRole('link', { name: 'Month' })
      .click();
    await expect(page).toHaveURL(/timeline=month/);
    // May 2021 to Oct 2025, every month including empty ones.
    const timeline = page.locator('[data-chart="timeline"] svg.chart');
    await expect(timeline.locator('rect.bar')).toHaveCount(54);
    // Labels thinned to months that fit, every one a month name, none overlapping the next.
    const ticks = timeline.locator('text.period-tick');
    // Measured once the month view is the one laid out (the year view's ticks go as the new view comes in).
    await expect.poll(async () => (await ticks.first().boundingBox())?.width ?? 0).toBeGreaterThan(0);
    const boxes = await ticks.evaluateAll((nodes) =>
      nodes.map((n) => ({ text: n.firstChild?.textContent ?? '', ...n.getBoundingClientRect().toJSON() })),
    );
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) expect(box.text).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]?.left).toBeGreaterThan(boxes[i - 1]?.right ?? 0);
    await page.locator('[data-chart="top-terms"] .bar').first().hover();
    await expect(page.locator('[data-chart="top-terms"] .chart-tip')).toContainText('papers');
  });

  test('sorting the authors column descending puts the 50-author paper first', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('button', { name: /^Authors/ });
    await header.click();
    await expect(page.locator('th.col-authors')).toHaveAttribute('aria-sort', 'descending');
    const first = page.locator('table.papers tbody tr').first();
    await expect(first.locator('td.col-authors')).toHaveText('50');
    await expect(first.locator('td.col-title')).toContainText(
      'Alignment and Safety in Large Language Models',
    );
    await expect(page).toHaveURL(/sort=authors\.desc/);
    // Papers whose count is unknown come last in either direction.
    await header.click();
    await expect(page.locator('table.papers tbody tr').first().locator('td.col-authors')).toHaveText('1');
  });

  test('Export CSV downloads every paper with a header, in the sorted order', async ({ page }) => {
    await page.goto('/?sort=authors.desc');
    const { name, text } = await downloadText(page, () =>
      page.getByRole('link', { name: 'Export CSV' }).click(),
    );
    expect(name).toBe('distribution-matching-hugging-face-papers.csv');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(75);
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining(['title', 'date', 'authors', 'github_repositories']),
    );
    expect(rows[0]?.authors).toBe('50');
    expect(rows.filter((row) => row.authors === '')).toHaveLength(3);
    expect(text).toContain('\r\n');
  });

  test('search narrows the table and the export follows it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search papers' }).fill('diffusion');
    const count = page.locator('.table-card .card-note');
    await expect(count).toContainText('of 75 papers match');
    const shown = Number((await count.textContent())?.split(' ')[0]);
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(75);
    await expect(page).toHaveURL(/q=diffusion/);
    const { text } = await downloadText(page, () => page.getByRole('link', { name: 'Export CSV' }).click());
    const rows = parseCsv(text);
    expect(rows).toHaveLength(shown);
    for (const row of rows)
      expect(
        `${row.title} ${row.abstract} ${row.top_terms} ${row.github_repositories}`.toLowerCase(),
      ).toContain('diffusion');
  });

  test('each chart exports its data as CSV', async ({ page }) => {
    await page.goto('/');
    const { name, text } = await downloadText(page, () =>
      page
        .locator('[data-chart="code-links"]')
        .getByRole('button', { name: /Download/ })
        .click(),
    );
    expect(name).toBe('distribution-matching-hugging-face-github-link-rate.csv');
    const rows = parseCsv(text);
    expect(rows.map((row) => row.year)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    const linked = rows.reduce((sum, row) => sum + Number(row.linked), 0);
    const none = rows.reduce((sum, row) => sum + Number(row.none), 0);
    expect(linked + none).toBe(75);
  });

  test('the charts are in the server HTML, so they show without JavaScript', async ({ request }) => {
    const html = await (await request.get('/')).text();
    expect(html).toContain('aria-label="Top terms by number of papers"');
    // 25 term bars, 5 years, the author-count bins and 5 years of GitHub links.
    expect(html.match(/class="bar"/g)?.length ?? 0).toBeGreaterThan(40);
  });
});

test.describe('layout', () => {
  for (const width of [1280, 1440, 1920]) {
    test(`the two chart columns end within a tenth of each other at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      // Both columns are streamed in: measured once the last chart of each has arrived.
      await expect(page.locator('[data-chart="term-map"]')).toBeVisible();
      await expect(page.locator('[data-chart="code-links"]')).toBeVisible();
      const [left, right] = await page
        .locator('.dashboard > .charts')
        .first()
        .evaluate((grid) => [...grid.children].map((column) => column.getBoundingClientRect().height));
      if (!left || !right) throw new Error('the chart grid has no two columns');
      expect(Math.abs(left - right) / Math.max(left, right)).toBeLessThan(0.1);
    });
  }
});
