import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseCsv } from './helpers';

const CORPORA = path.resolve('../shared/corpora');
const SCOPUS_BIB = path.join(CORPORA, 'bibtex/bibliometrix__scopus__scopus.bib');
const HF_DAILY = path.join(CORPORA, 'hf-daily-papers');
// Days across the schema's changes: objects, Python repr strings, the status wrapper, githubRepo.
const HF_DAYS = ['2024-05-27', '2024-12-11', '2025-01-09', '2025-01-10', '2025-03-04', '2025-12-31'];

test.describe('bring your own corpus', () => {
  test.skip(!existsSync(CORPORA), `${CORPORA} is absent: the import tests read the real exports there`);

  test('an upload over 10 MB reaches the import whole through the request checks', async ({ request }) => {
    // Days of the shared dump joined into one JSON array past 10 MB, the most a proxy keeps of a body by default.
    const days: unknown[] = [];
    let bytes = 0;
    for (const file of readdirSync(HF_DAILY).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(path.join(HF_DAILY, file), 'utf8');
      if (!text.trimStart().startsWith('[')) continue;
      days.push(...(JSON.parse(text) as unknown[]));
      bytes += text.length;
      // Written again without indentation, the days take about two thirds of their files' size.
      if (bytes > 20 * 1024 * 1024) break;
    }
    const buffer = Buffer.from(JSON.stringify(days));
    expect(buffer.length).toBeGreaterThan(11 * 1024 * 1024);
    const created = await request.post('/api/corpora', {
      multipart: {
        name: 'Over ten megabytes',
        files: { name: 'days.json', mimeType: 'application/json', buffer },
      },
    });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body.papers + body.merged).toBeGreaterThan(1000);
    expect((await request.delete(`/api/corpora/${body.corpus.id}`)).ok()).toBe(true);
  });

  test('a BibTeX file: preview, import, and its own dashboard', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/import');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await page.locator('input[name="files"]').setInputFiles(SCOPUS_BIB);
    await page.getByLabel('Name').fill('Scopus sample');
    await page.getByRole('button', { name: 'Preview import' }).click();
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('45 papers found');
    await expect(preview).toContainText('1 duplicates merged');
    // Each merge is listed with both records and why.
    await expect(preview).toContainText('1 duplicate record merged: each pair, and why');
    await expect(preview).toContainText('same DOI 10.1007/978-3-319-17377-1_16');
    await expect(preview).toContainText('bibtex');
    await page.getByRole('button', { name: 'Import 45 papers' }).click();
    await expect(page).toHaveURL(/\/corpora\/c[0-9a-f]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scopus sample');
    await expect(page.getByRole('region', { name: 'Headline numbers' })).toContainText('45');
    await expect(page.locator('[data-chart="top-terms"] .bar').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('table.papers tbody tr')).toHaveCount(25);
    expect(errors).toEqual([]);

    const path = new URL(page.url()).pathname;
    await page.goto('/corpora');
    await expect(page.locator(`a[href="${path}"]`)).toHaveText('Scopus sample');
  });

  test('a folder of Hugging Face daily JSON files becomes one corpus', async ({ page }) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'hf-days-'));
    for (const day of HF_DAYS)
      copyFileSync(path.join(HF_DAILY, `${day}.json`), path.join(folder, `${day}.json`));
    copyFileSync(path.join(HF_DAILY, 'MANIFEST.csv'), path.join(folder, 'MANIFEST.csv'));
    const expected = HF_DAYS.reduce((sum, day) => {
      const text = readFileSync(path.join(HF_DAILY, `${day}.json`), 'utf8');
      const json = JSON.parse(text);
      return sum + (Array.isArray(json) ? json.length : json.data.length);
    }, 0);

    await page.goto('/import');
    await page.locator('input[name="folder"]').setInputFiles(folder);
    await expect(page.getByText(`${HF_DAYS.length + 1} file(s)`)).toBeVisible();
    // A stray file in the folder stops the import until it is left out.
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.locator('.import-error')).toContainText('Nothing was imported');
    await expect(page.locator('.import-error')).toContainText('MANIFEST.csv');
    await page.getByRole('button', { name: /^Leave out .*MANIFEST\.csv$/ }).click();
    await expect(page.getByText(`${HF_DAYS.length} file(s)`)).toBeVisible();
    await page.getByRole('button', { name: 'Preview import' }).click();
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText(`${expected} papers found`);
    await expect(preview.locator('tbody tr')).toHaveCount(HF_DAYS.length);
    await page.getByRole('button', { name: /^Import \d+ papers$/ }).click();
    await expect(page).toHaveURL(/\/corpora\/c[0-9a-f]+$/, { timeout: 60_000 });
    const tiles = page.getByRole('region', { name: 'Headline numbers' });
    await expect(tiles).toContainText(String(expected));
    // Days before githubRepo existed have unknown code status, not "no code".
    await expect(tiles.getByText(/unknown/).first()).toBeVisible();
    await expect(page.locator('[data-chart="code-links"] .bar').first()).toBeVisible();
  });

  test('bad files get a clear message and nothing is stored', async ({ page, request }) => {
    const before = (await (await request.get('/api/corpora')).json()).corpora.length;
    await page.goto('/import');
    await page
      .locator('input[name="files"]')
      .setInputFiles({ name: 'empty.bib', mimeType: 'text/plain', buffer: Buffer.from('') });
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.locator('.import-error')).toContainText('empty.bib is empty');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('input[name="files"]').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
    });
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.locator('.import-error')).toContainText('binary');
    expect((await (await request.get('/api/corpora')).json()).corpora.length).toBe(before);
  });
});

test.describe('the HTTP API', () => {
  test.skip(!existsSync(CORPORA), `${CORPORA} is absent`);

  test('POST a file, GET its statistics and its papers as CSV, rename and delete it', async ({
    page,
    request,
  }) => {
    const created = await request.post('/api/corpora', {
      multipart: {
        name: 'API sample',
        files: { name: 'scopus.bib', mimeType: 'text/plain', buffer: readFileSync(SCOPUS_BIB) },
      },
    });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ papers: 45, merged: 1, corpus: { name: 'API sample', papers: 45 } });
    const id: string = body.corpus.id;

    const stats = await (await request.get(`/api/corpora/${id}/stats`)).json();
    expect(stats.summary.papers).toBe(45);
    expect(stats.topTerms.length).toBeGreaterThan(0);
    // Scopus gives no field for links, only its own record pages: the code status is unknown, never "none".
    expect(stats.codeLinkRate.overall).toMatchObject({ known: 0, unknown: 45, rate: null });
    expect(stats.termTrends.terms.length).toBeGreaterThan(0);
    expect(stats.termMap.nodes.length).toBeGreaterThan(0);
    expect(stats.authors.top.known).toBe(45);
    expect(stats.authors.top.authors[0].papers).toBeGreaterThan(1);

    const csv = await request.get(`/api/corpora/${id}/papers.csv?sort=date.desc`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const rows = parseCsv(await csv.text());
    expect(rows).toHaveLength(45);
    const dates = rows.map((r) => r.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort().reverse());

    expect((await request.patch(`/api/corpora/${id}`, { data: { name: 'Renamed' } })).status()).toBe(200);
    expect((await (await request.get(`/api/corpora/${id}`)).json()).corpus.name).toBe('Renamed');
    await page.goto(`/corpora/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renamed');
    expect((await request.delete(`/api/corpora/${id}`)).status()).toBe(204);
    expect((await request.get(`/api/corpora/${id}/stats`)).status()).toBe(404);
    await page.goto(`/corpora/${id}`);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });

  test('bad requests get a 4xx with a JSON error, never a 500', async ({ request }) => {
    const wrongFormat = await request.post('/api/corpora?filename=x.bib&format=docx', {
      data: '@article{a, title={T}}',
    });
    expect(wrongFormat.status()).toBe(400);
    expect((await wrongFormat.json()).error).toContain('format');

    const notPapers = await request.post('/api/corpora?filename=notes.txt', {
      data: 'just some words\nand more words',
    });
    expect(notPapers.status()).toBe(422);
    expect((await notPapers.json()).error).toMatch(/notes\.txt/);

    const truncated = await request.post('/api/corpora?filename=day.json', {
      data: readFileSync(path.join(HF_DAILY, '2024-05-27.json'), 'utf8').slice(0, 5000),
    });
    expect(truncated.status()).toBe(422);

    expect((await request.get('/api/corpora/nope/stats')).status()).toBe(404);
    expect((await request.delete('/api/corpora/default')).status()).toBe(400);
    expect((await request.patch('/api/corpora/default', { data: { name: '' } })).status()).toBe(400);
  });
});
