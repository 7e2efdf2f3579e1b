// `npm start`: builds when the build is missing or older than the code, then serves it with `next start`.
//   npm start                         http://127.0.0.1:3000, this machine only
//   PORT=8080 npm start               another port
//   PAPERSCOPE_HOST=0.0.0.0 npm start listen on every interface (see README, "Sharing it with a team")
// `--port N`, `--host H` and `--no-build` do the same from the command line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// What the build is made of: a change to any of these makes it out of date.
const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** The newest modification time (ms) among files under `entry`; 0 when it does not exist. */
function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(entry)) latest = Math.max(latest, newest(path.join(entry, name)));
  return latest;
}

/** Why the build in `distDir` must be made again, or `null` when it is up to date. */
export function buildNeeded(root, distDir) {
  const marker = path.join(root, distDir, 'BUILD_ID');
  if (!existsSync(marker)) return `no build in ${distDir}`;
  const built = statSync(marker).mtimeMs;
  const changed = SOURCES.find((source) => newest(path.join(root, source)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const port = values.port ?? process.env.PORT ?? '3000';
  const host = values.host ?? process.env.PAPERSCOPE_HOST ?? '127.0.0.1';
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: port, PAPERSCOPE_HOST: host };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

  const reason = values['no-build'] ? null : buildNeeded(root, process.env.PAPERSCOPE_DIST_DIR || '.next');
  if (reason) {
    console.log(`Building first: ${reason}.`);
    const built = spawnSync(npm, ['run', 'build'], { cwd: root, env, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    if (['0.0.0.0', '::'].includes(host) && !process.env.PAPERSCOPE_ALLOWED_HOSTS)
      console.log(
        `Listening on ${host}: set PAPERSCOPE_ALLOWED_HOSTS to the names people reach this machine by (it answers to loopback names only).`,
      );
    if (!process.env.PAPERSCOPE_SECRET)
      console.log('No PAPERSCOPE_SECRET is set: anyone who reaches this port can read and change the data.');
  }
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const server = spawn(process.execPath, [next, 'start', '-p', port, '-H', host], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
