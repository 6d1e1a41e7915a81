/**
 * Crash safety (issue 8): SIGKILLs the API process at random moments during large imports, bulk
 * moves/rejects and concurrent scorecard submissions, restarts it on the same database, checks
 * that nothing is half-written (test/support/crash/invariants.ts) and that a retried import
 * writes exactly what the same file imported uninterrupted writes. Prints a table and writes
 * bench-results/crash.json. Exit 1 when any check fails.
 *   npm run crash [-- --injections 102 --seed 1 --entries 400]
 * Uses TEST_DATABASE_URL, else 127.0.0.1:5432, else an embedded PostgreSQL (test/support/pg-server.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCampaign, type Injection, type Workload } from '../test/support/crash/campaign.js';
import { dropDatabase, migrateTemplate } from '../test/support/crash/db.js';
import { acquirePgServer } from '../test/support/pg-server.js';

const { values } = parseArgs({
  options: {
    injections: { type: 'string', default: '102' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    entries: { type: 'string', default: '400' },
    people: { type: 'string', default: '350' },
    applications: { type: 'string', default: '120' },
    'bulk-size': { type: 'string', default: '30' },
    interviews: { type: 'string', default: '6' },
    quiet: { type: 'boolean', default: false },
  },
});

const server = await acquirePgServer();
const template = await migrateTemplate(server.adminUrl, 'crash_tpl');
let exitCode = 0;
try {
  const options = {
    adminUrl: server.adminUrl,
    template,
    injections: Number(values.injections),
    seed: Number(values.seed),
    importEntries: Number(values.entries),
    importPeople: Number(values.people),
    applications: Number(values.applications),
    bulkSize: Number(values['bulk-size']),
    interviews: Number(values.interviews),
  };
  console.log(`crash safety: ${options.injections} injections, seed ${options.seed}, PostgreSQL: ${server.kind}`);
  const result = await runCampaign({ ...options, log: values.quiet ? undefined : (line) => console.log(`  ${line}`) });

  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
  };
  const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)}` : '–');
  const rows = (['import', 'bulk', 'scorecards'] as Workload[]).map((w) => {
    const xs = result.injections.filter((i) => i.workload === w);
    const landings = new Map<string, number>();
    for (const i of xs) {
      const key = i.workload === 'import' ? i.import!.phase : i.landing;
      landings.set(key, (landings.get(key) ?? 0) + 1);
    }
    const retries = xs.filter((i) => i.retry);
    return {
      workload: w,
      injections: xs.length,
      killDelayMs: { min: Math.min(...xs.map((i) => i.killedAtMs)), p50: pct(xs.map((i) => i.killedAtMs), 50), max: Math.max(...xs.map((i) => i.killedAtMs)) },
      landings: Object.fromEntries(landings),
      restartMs: { p50: pct(xs.map((i) => i.restartMs), 50), p95: pct(xs.map((i) => i.restartMs), 95), max: Math.max(...xs.map((i) => i.restartMs)) },
      checksPassed: xs.reduce((s, i) => s + i.checksPassed, 0),
      checksTotal: xs.reduce((s, i) => s + i.checksTotal, 0),
      retriesEqual: retries.filter((i) => i.retry!.equal).length,
      retries: retries.length,
      requestsCut: xs.reduce((s, i) => s + (i.load?.cut ?? 0), 0),
      requestsOk: xs.reduce((s, i) => s + (i.load?.ok ?? 0), 0),
    };
  });

  console.log('\n| workload | injections | kill delay ms (min / p50 / max) | where the kill landed | restart ms (p50 / p95 / max) | invariant checks passed | retried import = uninterrupted |');
  console.log('|---|---:|---|---|---|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.workload} | ${r.injections} | ${ms(r.killDelayMs.min)} / ${ms(r.killDelayMs.p50)} / ${ms(r.killDelayMs.max)} | ` +
        `${Object.entries(r.landings)
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ')} | ${ms(r.restartMs.p50)} / ${ms(r.restartMs.p95)} / ${ms(r.restartMs.max)} | ${r.checksPassed}/${r.checksTotal} | ` +
        `${r.workload === 'import' ? `${r.retriesEqual}/${r.retries}` : '–'} |`,
    );
  }
  const all = result.injections;
  const failed: Injection[] = all.filter((i) => i.failed.length || (i.retry && !i.retry.equal));
  console.log(
    `\n${all.length} injections in ${(result.totalMs / 1000).toFixed(0)} s; cold start ${ms(result.coldStartMs)} ms; ` +
      `uninterrupted rounds: bulk ${ms(result.calibrationMs.bulk)} ms, scorecards ${ms(result.calibrationMs.scorecards)} ms; ` +
      `uninterrupted import ${ms(result.reference.commitMs)} ms (${Object.entries(result.reference.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}); ` +
      `bulk/scorecard requests answered before a kill ${rows[1]!.requestsOk + rows[2]!.requestsOk}, cut by a kill ${rows[1]!.requestsCut + rows[2]!.requestsCut}`,
  );
  for (const i of failed) {
    console.log(
      `FAILED #${i.n} ${i.workload}: ${i.failed.map((f) => `${f.name} (${f.violations})${f.detail ? ` ${f.detail}` : ''}`).join('; ')} ${i.retry?.differences.join(' | ') ?? ''}`,
    );
  }
  console.log(failed.length ? `\n${failed.length} injection(s) FAILED` : '\nall invariants held after every kill; every retried import equals the uninterrupted one');
  exitCode = failed.length ? 1 : 0;

  mkdirSync(resolve(import.meta.dirname, '../bench-results'), { recursive: true });
  writeFileSync(
    resolve(import.meta.dirname, '../bench-results/crash.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        options,
        coldStartMs: result.coldStartMs,
        seedMs: result.seedMs,
        calibrationMs: result.calibrationMs,
        totalMs: result.totalMs,
        reference: result.reference,
        summary: rows,
        injections: all.map(({ failed: f, ...rest }) => ({ ...rest, failed: f.map((c) => `${c.name} (${c.violations})${c.detail ? `: ${c.detail}` : ''}`) })),
      },
      null,
      2,
    ) + '\n',
  );
  console.log('written: bench-results/crash.json');
} finally {
  await dropDatabase(server.adminUrl, template).catch(() => undefined);
  await server.stop();
}
process.exit(exitCode);
