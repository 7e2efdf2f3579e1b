import { randomBytes } from 'node:crypto';
import { corpusGeneration } from '@/lib/store/generations';

// Rendered dashboards, kept per URL (filter and settings) and corpus state, so a room opening the same link
// gets one render between them instead of one each. The proxy answers from here; a page it does not hold is
// rendered by the server as usual, through a request to itself, and kept as it streams to the first reader.
// Bounded by `PAPERSCOPE_PAGE_CACHE_MB` (default 64; 0 turns it off), least recently read out first.

/** Pages and the proxy are bundled apart: the server's own render requests carry this process's token. */
export const RENDER_HEADER = 'x-paperscope-render';
/** Said by a page that is still changing (terms being extracted): it is not kept. */
export const LIVE_MARKER = 'data-paperscope-live';

interface Page {
  html: Uint8Array;
  status: number;
  headers: [string, string][];
}

interface PageCache {
  token: string;
  pages: Map<string, Page>;
  bytes: number;
  /** Renders under way: readers of the same page wait for the one render. */
  pending: Map<string, Promise<Page | null>>;
}

const holder = globalThis as unknown as { paperscopePages?: PageCache };
holder.paperscopePages ??= {
  token: randomBytes(16).toString('hex'),
  pages: new Map(),
  bytes: 0,
  pending: new Map(),
};
const cache = holder.paperscopePages;

export function renderToken(): string {
  return cache.token;
}

function budget(): number {
  const mb = Number(process.env.PAPERSCOPE_PAGE_CACHE_MB ?? 64);
  return Number.isFinite(mb) && mb >= 0 ? mb * 1024 * 1024 : 64 * 1024 * 1024;
}

/** The corpus a dashboard URL shows (`/` is the shipped one), or `null` for any other page. */
export function dashboardCorpus(pathname: string): string | null {
  if (pathname === '/') return 'default';
  const match = /^\/corpora\/([^/]+)$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** A browser loading a dashboard as a document: not a client navigation, prefetch or server action. */
export function isPageLoad(request: Request): boolean {
  if (request.method !== 'GET' || budget() === 0) return false;
  const url = new URL(request.url);
  if (url.searchParams.has('_rsc') || dashboardCorpus(url.pathname) === null) return false;
  const headers = request.headers;
  // Browsers say what a request is for: only a document may be answered with a whole page.
  const destination = headers.get('sec-fetch-dest');
  if (destination !== null && destination !== 'document') return false;
  return !['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action', RENDER_HEADER].some(
    (name) => headers.has(name),
  );
}

// Hop-by-hop and per-response headers, and cookies, which no other reader may get.
const DROPPED = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
]);

function keep(key: string, page: Page): void {
  const limit = budget();
  if (page.html.byteLength > limit / 4) return;
  cache.pages.set(key, page);
  cache.bytes += page.html.byteLength;
  for (const [oldest, old] of cache.pages) {
    if (cache.bytes <= limit) break;
    cache.pages.delete(oldest);
    cache.bytes -= old.html.byteLength;
  }
}

// The server compresses what the proxy answers, as it does every response.
function answer(page: Page): Response {
  return new Response(page.html as Uint8Array<ArrayBuffer>, { status: page.status, headers: page.headers });
}

async function collect(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of body) parts.push(part);
  return Buffer.concat(parts);
}

/**
 * The dashboard a request asks for: from the cache, or rendered by `origin` (this server) and kept when it is
 * a complete, settled page. `null` when the server could not be reached: the caller lets the request through.
 */
export async function cachedPage(request: Request, origin: string): Promise<Response | null> {
  const url = new URL(request.url);
  const corpusId = dashboardCorpus(url.pathname) as string;
  const generation = corpusGeneration(corpusId);
  const key = `${corpusId}\u0000${generation}\u0000${url.pathname}${url.search}`;
  const known = cache.pages.get(key);
  if (known) {
    cache.pages.delete(key);
    cache.pages.set(key, known);
    return answer(known);
  }
  const pending = cache.pending.get(key);
  if (pending) {
    const page = await pending;
    return page ? answer(page) : null;
  }

  const headers = new Headers(request.headers);
  for (const name of ['connection', 'keep-alive', 'upgrade', 'transfer-encoding', 'content-length'])
    headers.delete(name);
  headers.set(RENDER_HEADER, cache.token);
  headers.set('accept-encoding', 'identity');
  let rendered: Response;
  try {
    rendered = await fetch(`${origin}${url.pathname}${url.search}`, { headers, redirect: 'manual' });
  } catch {
    return null;
  }
  const type = rendered.headers.get('content-type') ?? '';
  if (
    rendered.status !== 200 ||
    !type.startsWith('text/html') ||
    !rendered.body ||
    rendered.headers.has('set-cookie')
  )
    return rendered;

  const [toReader, toCache] = rendered.body.tee();
  const kept = [...rendered.headers].filter(([name]) => !DROPPED.has(name.toLowerCase()));
  const stored = collect(toCache)
    .then((html) => {
      if (Buffer.from(html.buffer, html.byteOffset, html.byteLength).includes(LIVE_MARKER)) return null;
      const page: Page = { html, status: rendered.status, headers: kept };
      // A page rendered while the corpus changed shows the old state: it is not kept.
      if (corpusGeneration(corpusId) === generation) keep(key, page);
      return page;
    })
    .catch(() => null)
    .finally(() => cache.pending.delete(key));
  cache.pending.set(key, stored);
  return new Response(toReader, { status: rendered.status, headers: kept });
}
