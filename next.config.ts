import type { NextConfig } from 'next';
import { uploadLimit } from './lib/http/upload-limit';

const nextConfig: NextConfig = {
  // esbuild builds the tag worker at run time when its bundle is stale; it must stay a plain Node import.
  serverExternalPackages: ['@duckdb/node-api', '@duckdb/node-bindings', 'esbuild'],
  poweredByHeader: false,
  // The proxy (request checks, page cache) sees every request, and Next keeps only this much of a body for the
  // route behind it: an upload up to the limit, with room for the form's own bytes, reaches the import whole.
  experimental: { proxyClientMaxBodySize: uploadLimit() + 1024 * 1024 },
  // The proxy must see a client navigation's `RSC` headers and `_rsc` query, which Next strips by default, to
  // tell it from a document load: only documents come from the page cache.
  skipProxyUrlNormalize: true,
  // A second build directory lets a benchmark or a review build run beside a development build.
  distDir: process.env.PAPERSCOPE_DIST_DIR || '.next',
  // `npm test` type-checks once with tsc; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
