// Foundation figures: cold `npm start` to a healthy /api/health (new and existing
// data dir, embedded PostgreSQL), `npm test` wall time and `npm ci` wall time on a
// fresh clone. Prints a table and writes bench-results/foundation.json.
//   npm run bench -- [--skip-test] [--skip-ci]
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const results = [];

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer().once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

function run(cmd, cmdArgs, opts) {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? ok((performance.now() - started) / 1000) : fail(new Error(`${cmd} ${cmdArgs.join(' ')} exited ${code}\n${err.slice(-2000)}`))));
  });
}

async function timeStartToHealthy(dataDir) {
  const port = await freePort();
  const env = { ...process.env, LOOPBOARD_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NX_TUI: 'false' };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn('npm', ['start'], { cwd: ROOT, env, detached: true, stdio: 'ignore' });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.ok) return (performance.now() - started) / 1000;
      } catch {
        /* not up yet */
      }
      if (performance.now() - started > 300_000) throw new Error('not healthy after 300 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

// Build once so both start figures measure start-up, not the first compile.
execSync('npx nx run-many -t build --projects=api,web --output-style=stream', { cwd: ROOT, stdio: 'ignore' });
const dataDir = mkdtempSync(join(tmpdir(), 'loopboard-bench-'));
try {
  results.push({ figure: 'npm start → healthy, new data dir (initdb + migrations)', seconds: await timeStartToHealthy(dataDir) });
  results.push({ figure: 'npm start → healthy, existing data dir', seconds: await timeStartToHealthy(dataDir) });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

if (!args.has('--skip-test')) {
  results.push({ figure: 'npm test (wall time)', seconds: await run('npm', ['test'], { cwd: ROOT, env: { ...process.env, NX_TUI: 'false' } }) });
}

if (!args.has('--skip-ci')) {
  const clone = mkdtempSync(join(tmpdir(), 'loopboard-clone-'));
  try {
    execSync(`git clone -q ${ROOT} ${clone}/repo`);
    results.push({ figure: 'npm ci on a fresh clone (wall time)', seconds: await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: join(clone, 'repo') }) });
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

const width = Math.max(...results.map((r) => r.figure.length));
console.log(`\n${'figure'.padEnd(width)} | seconds`);
console.log(`${'-'.repeat(width)}-|--------`);
for (const r of results) console.log(`${r.figure.padEnd(width)} | ${r.seconds.toFixed(2).padStart(7)}`);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/foundation.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
