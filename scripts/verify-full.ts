/**
 * The full versions of issue 8's checks, one after another, from one command:
 *   npm run verify:full [-- --only fuzz,crash,concurrency,soak,budget --soak-minutes 5]
 * - fuzz: `npm run fuzz` (every OpenAPI operation, 1,000 generated requests per operation and role);
 * - crash: `npm run crash` (SIGKILL at random moments of imports, bulk moves and submissions, ≥ 100 injections);
 * - concurrency: `npm run concurrency` (many clients on the same records);
 * - soak: `npm run soak` (steady mixed load; latency and memory over time);
 * - budget: `npm run budget:web` (JavaScript budgets of the production build).
 * `npm test` runs short versions of the first three on every CI submission. Each step's own output is shown as it runs; at
 * the end a summary table says which passed and how long each took, written to bench-results/verify-full.json as well.
 * Exits non-zero when any step failed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'fuzz,crash,concurrency,soak,budget' },
    'soak-minutes': { type: 'string', default: '5' },
  },
});
const STEPS: Record<string, string[]> = {
  fuzz: ['run', 'fuzz'],
  crash: ['run', 'crash'],
  concurrency: ['run', 'concurrency'],
  soak: ['run', 'soak', '--', '--minutes', values['soak-minutes']],
  budget: ['run', 'budget:web'],
};
const chosen = values.only.split(',').map((s) => s.trim()).filter(Boolean);
for (const step of chosen) if (!(step in STEPS)) throw new Error(`--only: unknown step "${step}" (${Object.keys(STEPS).join(', ')})`);

const results: { step: string; command: string; exitCode: number; seconds: number }[] = [];
for (const step of chosen) {
  const args = STEPS[step]!;
  console.log(`\n===== ${step}: npm ${args.join(' ')}`);
  const started = performance.now();
  const exitCode = await new Promise<number>((ok) => {
    const child = spawn('npm', args, { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code, signal) => ok(code ?? (signal ? 128 : 1)));
  });
  results.push({ step, command: `npm ${args.join(' ')}`, exitCode, seconds: (performance.now() - started) / 1000 });
}

console.log('\n| step | command | result | time |\n| --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.step} | \`${r.command}\` | ${r.exitCode === 0 ? 'passed' : `FAILED (exit ${r.exitCode})`} | ${r.seconds.toFixed(0)} s |`);
mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench-results/verify-full.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
if (results.some((r) => r.exitCode !== 0)) process.exitCode = 1;
