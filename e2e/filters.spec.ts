import { expect, type Page, test } from '@playwright/test';
import { downloadText, open, parseCsv } from './helpers';

const papersShown = async (page: Page) =>
  Number(
    (
      await page
        .getByRole('region', { name: 'Headline numbers' })
        .locator('.tile-value')
        .first()
        .textContent()
    )?.replace(/,/g, ''),
  );

test.describe('linked filtering', () => {
  test('clicking a term filters every chart and the table, and a chip removes it', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    const firstTerm = page.locator('[data-chart="top-terms"] svg a').first();
    const label = (await firstTerm.locator('text.label').textContent()) ?? '';
    const count = Number((await firstTerm.locator('text.value').textContent())?.split(' ')[0]);
    await firstTerm.click();

    await expect(page).toHaveURL(/[?&]term=/);
    await expect(page.getByRole('navigation', { name: 'Active filters' })).toContainText(`term: ${label}`);
    await expect.poll(() => papersShown(page)).toBe(count);
    await expect(page.locator('.table-card .card-note')).toHaveText(`${count} papers`);
    // Every paper left mentions the term: it is the top bar at 100%.
    await expect(page.locator('[data-chart="top-terms"] text.value').first()).toHaveText(`${count} · 100%`);
    const authorsTotal = await page
      .locator('[data-chart="authors"] text.value')
      .evaluateAll((nodes) => nodes.reduce((sum, n) => sum + Number(n.textContent), 0));
    expect(authorsTotal).toBe(count);

    await page.getByRole('link', { name: `Remove filter term: ${label}` }).click();
    await expect(page.getByRole('navigation', { name: 'Active filters' })).toHaveCount(0);
    await expect.poll(() => papersShown(page)).toBe(75);
    expect(errors).toEqual([]);
  });

  test('filters combine, the URL reproduces them, and the back button steps back', async ({ page }) => {
    await page.goto('/?timeline=year');
    await page
      .locator('[data-chart="code-links"]')
      .getByRole('link', { name: 'Linked', exact: true })
      .click();
    await expect(page).toHaveURL(/code=linked/);
    const linked = await papersShown(page);
    expect(linked).toBeGreaterThan(0);
    expect(linked).toBeLessThan(75);
    // Every paper left links a repository.
    await expect(page.getByRole('region', { name: 'Headline numbers' })).toContainText('100%');

    await page.locator('[data-chart="authors"] a').first().click();
    await expect(page).toHaveURL(/code=linked.*authors=|authors=.*code=linked/);
    const both = await papersShown(page);
    expect(both).toBeLessThanOrEqual(linked);

    const url = page.url();
    await page.goBack();
    await expect(page).not.toHaveURL(/authors=/);
    await expect.poll(() => papersShown(page)).toBe(linked);
    await page.goBack();
    await expect(page).not.toHaveURL(/code=/);
    await expect.poll(() => papersShown(page)).toBe(75);

    await page.goto(url);
    await expect.poll(() => papersShown(page)).toBe(both);
    await expect(page.getByRole('navigation', { name: 'Active filters' }).locator('.chip')).toHaveCount(2);
  });

  test('brushing the timeline filters to a span of years', async ({ page }) => {
    await open(page, '/?timeline=year');
    const svg = page.locator('[data-chart="timeline"] svg.chart');
    const bars = svg.locator('rect.bar');
    await expect(bars).toHaveCount(5);
    await expect(bars.nth(4)).toBeVisible();
    const first = await bars.nth(3).boundingBox();
    const last = await bars.nth(4).boundingBox();
    if (!first || !last) throw new Error('timeline bars have no box');
    const y = first.y + first.height / 2;
    await page.mouse.move(first.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width - 2, y, { steps: 8 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=2024&to=2025/);
    await expect(page.getByRole('navigation', { name: 'Active filters' })).toContainText(
      'published: 2024 – 2025',
    );
    const shown = await papersShown(page);
    const tickLabels = await page.locator('[data-chart="code-links"] text.tick-label').allTextContents();
    expect(tickLabels).toEqual(['2024', '2025']);
    expect(shown).toBeLessThan(75);
  });

  test('brushing or clicking a term keeps a search that holds TO or TERM as written', async ({ page }) => {
    await open(page, '/?timeline=year&q=PHOTON');
    const bars = page.locator('[data-chart="timeline"] svg.chart rect.bar');
    await expect(bars.nth(4)).toBeVisible();
    const last = await bars.nth(4).boundingBox();
    if (!last) throw new Error('timeline bars have no box');
    await page.mouse.click(last.x + last.width / 2, last.y + last.height / 2);
    await expect(page).toHaveURL(/from=2025&to=2025/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('PHOTON');

    await open(page, '/?q=LONG-TERM');
    const row = page.locator('[data-chart="term-trends"] .heat-row').first();
    const key = (await row.getAttribute('data-term')) ?? '';
    await row.locator('text.label').click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('term')).toEqual([key]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('LONG-TERM');
  });

  test('a search over 200 characters or a sixth term is refused, never dropped', async ({
    page,
    request,
  }) => {
    await page.goto(`/?q=${'photon-'.repeat(35)}`);
    await expect(page.locator('.message[role="alert"]')).toContainText(
      'The search is 245 characters long; at most 200 are read.',
    );
    await expect(page.locator('.table-card')).toHaveCount(0);
    await page.getByRole('link', { name: 'Show the view without the search' }).click();
    await expect(page.locator('.table-card')).toBeVisible();

    const sixTerms = ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => `term=${t}`).join('&');
    const csv = await request.get(`/api/corpora/default/papers.csv?${sixTerms}`);
    expect(csv.status()).toBe(400);
    expect(((await csv.json()) as { error: string }).error).toBe(
      'The filter names 6 terms; at most 5 can be combined.',
    );
  });

  test('the CSV export follows the filter and the search', async ({ page }) => {
    await page.goto('/?code=linked&q=diffusion');
    const { text } = await downloadText(page, () => page.getByRole('link', { name: 'Export CSV' }).click());
    const rows = parseCsv(text);
    const note = await page.locator('.table-card .card-note').textContent();
    expect(rows.length).toBe(Number(note?.split(' ')[0]));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.code_status).toBe('linked');
  });
});

test.describe('term trends', () => {
  test('show by year or by month, and a heatmap row filters by its term', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('[data-chart="term-trends"]');
    await expect(card.getByRole('heading')).toHaveText('Term trends by year');
    await card.getByRole('link', { name: 'Month' }).click();
    await expect(page).toHaveURL(/trends=month/);
    await expect(card.getByRole('heading')).toHaveText('Term trends by month');
    const row = card.locator('.heat-row').first();
    const key = await row.getAttribute('data-term');
    await row.locator('text.label').click();
    await expect(page).toHaveURL(
      new RegExp(`term=${encodeURIComponent(key ?? '').replace(/%20/g, '(\\+|%20)')}`),
    );
    await expect(page.getByRole('navigation', { name: 'Active filters' })).toContainText('term:');
  });
});

test.describe('term settings', () => {
  test('leaving out and merging terms applies at once, and stays for the corpus', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const labels = page.locator('[data-chart="top-terms"] text.label');
    const top = (await labels.first().textContent()) ?? '';
    await page.getByText(/^Edit terms:/).click();
    await page.getByLabel('Leave out (one term a line)').fill(top);
    await page.getByLabel(/^Merge/).fill('reward models => human preference');
    await page.getByRole('button', { name: 'Apply to this corpus' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
      'Saved: 1 left out, 1 merged.',
    );
    await expect(labels.first()).not.toHaveText(top);
    await expect(labels.filter({ hasText: /^reward model$/ })).toHaveCount(0);

    const settings = await (await request.get('/api/corpora/default/terms')).json();
    expect(settings.merges).toEqual([{ from: 'reward model', to: 'human preference' }]);
    await page.reload();
    await expect(labels.first()).not.toHaveText(top);

    // Back to the defaults so other tests see the shipped corpus as it ships.
    await request.put('/api/corpora/default/terms', { data: { stopTerms: [], merges: [] } });
  });
});
