import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  serverExternalPackages: ['@duckdb/node-api', '@duckdb/node-bindings'],
  poweredByHeader: false,
  // A second build directory lets a benchmark or a review build run beside a development build.
  distDir: process.env.PAPERSCOPE_DIST_DIR || '.next',
  // `npm test` type-checks once with tsc; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
