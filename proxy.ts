import { type NextRequest, NextResponse } from 'next/server';
import { cachedPage, isPageLoad, RENDER_HEADER, renderToken } from '@/lib/http/page-cache';
import { checkRequest, guardSettings } from '@/lib/http/request-guard';

const settings = guardSettings(process.env);

/** This server, for rendering a page it does not hold yet. */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
}

/**
 * Before every route: refuses hosts the server is not reached by, other sites' attempts to change data, and
 * (when a shared secret is set) requests without it; then answers dashboards from the page cache.
 */
export async function proxy(request: NextRequest) {
  // The server's own render of a page for the cache: already let through once.
  if (request.headers.get(RENDER_HEADER) === renderToken()) return NextResponse.next();
  const verdict = checkRequest(
    { method: request.method, header: (name) => request.headers.get(name) },
    settings,
  );
  if (!verdict.ok) {
    return Response.json({ error: verdict.error }, { status: verdict.status, headers: verdict.headers });
  }
  if (isPageLoad(request)) return (await cachedPage(request, ownOrigin())) ?? NextResponse.next();
  return NextResponse.next();
}

export const config = {
  // Built files are public and never change: no check needed.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
