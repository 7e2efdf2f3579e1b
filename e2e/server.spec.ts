import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';

const DATA_DIR = process.env.E2E_DATA_DIR ?? '.paperscope-e2e';
const ATTACK = 'Attack paper\nAn abstract.\n• 2 authors\n·\nMar 3, 2024';

/** A page of another site, served from this machine on a port of its own: another origin, as a browser sees it. */
async function otherSite(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const html = `<!doctype html><form id="f" method="post" enctype="multipart/form-data" action="${target}/api/corpora">
    <textarea name="text">${ATTACK}</textarea><input name="name" value="planted"></form>`;
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const corpusCount = async (request: APIRequestContext) =>
  ((await (await request.get('/api/corpora')).json()) as { corpora: unknown[] }).corpora.length;

test.describe('other sites', () => {
  test('a page on another origin cannot create a corpus, by fetch or by form', async ({
    page,
    request,
    baseURL,
  }) => {
    const before = await corpusCount(request);
    const site = await otherSite(baseURL ?? '');
    try {
      await page.goto(site.url);
      const toServer = (r: { url(): string }) => r.url().startsWith(`${baseURL}/api/corpora`);
      const [byFetch] = await Promise.all([
        page.waitForResponse(toServer),
        page.evaluate(
          async ({ target, text }) => {
            const body = new FormData();
            body.set('text', text);
            await fetch(`${target}/api/corpora`, { method: 'POST', mode: 'no-cors', body }).catch(() => null);
          },
          { target: baseURL, text: ATTACK },
        ),
      ]);
      expect(byFetch.status()).toBe(403);
      const [byForm] = await Promise.all([
        page.waitForResponse(toServer),
        page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit()),
      ]);
      expect(byForm.status()).toBe(403);
      expect(await byForm.text()).toContain('A page of another site cannot change data here');
    } finally {
      await site.close();
    }
    expect(await corpusCount(request)).toBe(before);
  });

  test('the dashboard itself still changes data: a same-origin POST works', async ({ page, request }) => {
    await page.goto('/import');
    const status = await page.evaluate(async (text) => {
      const body = new FormData();
      body.set('text', text);
      const response = await fetch('/api/corpora?preview=1', { method: 'POST', body });
      return { status: response.status, papers: ((await response.json()) as { papers: number }).papers };
    }, ATTACK);
    expect(status).toEqual({ status: 200, papers: 1 });
    // Scripts and curl send no Origin: they are nobody's victim, and the API stays open to them.
    const direct = await request.post('/api/corpora?preview=1&filename=x.txt', { data: ATTACK });
    expect(direct.status()).toBe(200);
    const forged = await request.post('/api/corpora?preview=1&filename=x.txt', {
      headers: { origin: 'http://evil.example' },
      data: ATTACK,
    });
    expect(forged.status()).toBe(403);
  });

  test('a request by a host name the server is not reached by is refused', async ({ request }) => {
    const response = await request.get('/api/corpora', { headers: { host: 'rebound.example' } });
    expect(response.status()).toBe(421);
    expect(((await response.json()) as { error: string }).error).toContain('PAPERSCOPE_ALLOWED_HOSTS');
  });
});

test.describe('not found', () => {
  test('an unknown corpus, and a deleted one, answer 404', async ({ page, request }) => {
    const unknown = await page.goto('/corpora/no-such-corpus');
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();

    const created = await request.post('/api/corpora?filename=one.txt&name=Short-lived', {
      data: 'A paper\nAn abstract.\n• 2 authors\n·\nMar 3, 2024',
    });
    expect(created.status()).toBe(201);
    const { url } = (await created.json()) as { url: string };
    expect((await page.goto(url))?.status()).toBe(200);
    expect((await request.delete(`/api/corpora/${url.split('/').pop()}`)).status()).toBe(204);
    expect((await page.goto(url))?.status()).toBe(404);
    expect((await page.goto(`${url}/present`))?.status()).toBe(404);
  });
});

test.describe('one server a data directory', () => {
  test('a second server on the same data directory refuses to start, saying why', async () => {
    test.setTimeout(90_000);
    const root = path.resolve(import.meta.dirname, '..');
    const second = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', '0', '-H', '127.0.0.1'],
      {
        cwd: root,
        env: { ...process.env, PAPERSCOPE_DATA_DIR: DATA_DIR, NEXT_TELEMETRY_DISABLED: '1' },
      },
    );
    let output = '';
    second.stdout.on('data', (chunk) => {
      output += chunk;
    });
    second.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        second.kill('SIGKILL');
        resolve(null);
      }, 80_000);
      second.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(1);
    expect(output).toContain('Paperscope cannot start');
    expect(output).toContain('is in use by another process');
    expect(output).toContain('PAPERSCOPE_DATA_DIR');
  });
});
