/**
 * Response time of the dashboard on the shipped corpus, against a production build (`next build` first):
 * the first request (which imports the corpus into a fresh database) and the steady state after it.
 * Usage: npm run bench [-- --requests 40 --path "/?timeline=year"]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '40' },
    port: { type: 'string', default: '3210' },
    path: { type: 'string', default: '/' },
  },
});
const requests = Number(values.requests);
const base = `http://127.0.0.1:${values.port}`;

function rssMiB(pid: number | undefined): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return `${(kb / 1024).toFixed(0)} MiB`;
  } catch {
    return 'n/a';
  }
}

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error('next start exited');
    try {
      await fetch(`${base}/favicon.ico`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('next start did not answer within 30 s');
}

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok || !body.includes('Top terms')) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'paperscope-bench-'));
const server = spawn('npx', ['next', 'start', '-p', values.port, '-H', '127.0.0.1'], {
  env: { ...process.env, PAPERSCOPE_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
  detached: true,
});

try {
  await waitForServer(server);
  const url = `${base}${values.path}`;
  const first = await timed(url);
  const times: number[] = [];
  for (let i = 0; i < requests; i++) times.push(await timed(url));
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  console.log(
    `dashboard ${values.path} on the shipped corpus (75 papers), ${requests} steady-state requests`,
  );
  console.log(`first request (fresh database: import + term extraction): ${first.toFixed(0)} ms`);
  console.log(
    `steady state: median ${quantile(times, 0.5).toFixed(1)} ms, mean ${mean.toFixed(1)} ms, ` +
      `p95 ${quantile(times, 0.95).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms`,
  );
  console.log(
    `server memory after the run: ${rssMiB(server.pid)} resident (npx wrapper excluded where possible)`,
  );
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
