import { bibtexFile, fileTag, prng } from './files.js';
import { checkInvariants, type Check } from './invariants.js';
import { cloneDatabase, dropDatabase, query, seedBase } from './db.js';
import { ApiProcess } from './server.js';
import { importSnapshot, snapshotDifferences, type ImportSnapshot } from './snapshot.js';
import {
  EMAILS,
  bulkMovesAndKill,
  commitAndKill,
  commitImport,
  previewImport,
  scorecardsAndKill,
  seedPipeline,
  signIn,
  type ImportKill,
  type LoadKill,
} from './workloads.js';
import type { Client } from './client.js';

export type Workload = 'import' | 'bulk' | 'scorecards';

export interface CampaignOptions {
  adminUrl: string;
  /** The migrated template database to start from. */
  template: string;
  injections: number;
  seed: number;
  /** BibTeX entries of the large import, and the pool of authors they are drawn from. */
  importEntries: number;
  importPeople: number;
  /** Applications in the pipeline, items per bulk request, interviews per scorecard round. */
  applications: number;
  bulkSize: number;
  interviews: number;
  log?: (line: string) => void;
  /** Called with the databases before they are dropped (the test corrupts them to see the checks fail). */
  inspect?: (databases: { pipeline: string; reference: string }) => Promise<void>;
}

export interface Injection {
  n: number;
  workload: Workload;
  /** ms after the work went out when the kill landed. */
  killedAtMs: number;
  /** import: where the kill landed; bulk/scorecards: what had been answered. */
  landing: string;
  restartMs: number;
  checksPassed: number;
  checksTotal: number;
  failed: Check[];
  /** import only: the retry's outcome and whether it equals the uninterrupted import. */
  retry?: { status: number; equal: boolean; differences: string[] };
  import?: ImportKill;
  load?: LoadKill;
}

export interface CampaignResult {
  injections: Injection[];
  coldStartMs: number;
  reference: { digest: string; counts: Record<string, number>; commitMs: number };
  seedMs: number;
  /** How long an uninterrupted round of each took; kills land uniformly in [0, 1.25 ×] of it. */
  calibrationMs: { bulk: number; scorecards: number };
  totalMs: number;
}

/**
 * The crash campaign shared by the CI test and `npm run crash`, on one database: an opening with
 * applications taking bulk moves/rejects and scorecard submissions, and large imports (each a new
 * copy of one BibTeX file). Each injection starts the work, SIGKILLs the API process at a random
 * moment, restarts it on the same database and checks every invariant; an import is then retried
 * and what it wrote compared with the same file imported uninterrupted into a fresh database.
 */
export async function runCampaign(o: CampaignOptions): Promise<CampaignResult> {
  const began = performance.now();
  const log = o.log ?? (() => undefined);
  const rand = prng(o.seed);
  const cleanup: string[] = [];
  const base = await seedBase(o.adminUrl, o.template, 'crash_base');
  cleanup.push(base);
  const api = await ApiProcess.create();
  try {
    // Reference: the file (tag of copy 0) imported uninterrupted into a fresh database.
    const refTag = fileTag(0);
    const ref = await cloneDatabase(o.adminUrl, base, 'crash_ref');
    cleanup.push(ref.name);
    const coldStartMs = await api.start(ref.url);
    log(`cold start ${Math.round(coldStartMs)} ms`);
    const refRecruiter = await signIn(api, EMAILS.recruiter);
    const refPreview = await previewImport(refRecruiter, 'crash.bib', bibtexFile(o.importEntries, o.importPeople, o.seed, refTag));
    const t0 = performance.now();
    const refCommit = await commitImport(refRecruiter, refPreview.id);
    const commitMs = performance.now() - t0;
    if (refCommit.status !== 200) throw new Error(`reference import failed: ${refCommit.status} ${JSON.stringify(refCommit.body)}`);
    await api.kill();
    const reference = await importSnapshot(ref.url, refTag);
    log(`reference import: ${JSON.stringify(reference.counts)} in ${Math.round(commitMs)} ms`);

    // The pipeline database.
    const s0 = performance.now();
    const pipe = await cloneDatabase(o.adminUrl, base, 'crash_pipe');
    cleanup.push(pipe.name);
    await api.start(pipe.url);
    const pipeline = await seedPipeline(api, pipe.url, o.applications);
    const seedMs = performance.now() - s0;
    log(`pipeline seeded: ${o.applications} applications in ${Math.round(seedMs)} ms`);
    // One uninterrupted round of each, so the kills can land before, during and after the work.
    const calibrationMs = {
      bulk: (await bulkMovesAndKill(api, pipe.url, pipeline, rand, null, o.bulkSize)).delayMs,
      scorecards: (await scorecardsAndKill(api, pipe.url, pipeline, rand, null, o.interviews)).delayMs,
    };
    log(`uninterrupted rounds: bulk ${Math.round(calibrationMs.bulk)} ms, scorecards ${Math.round(calibrationMs.scorecards)} ms`);

    // Round-robin over the workloads, all on the one database: each import is a new copy of the file (its own tag).
    const ordered: Workload[] = Array.from({ length: o.injections }, (_, i) => (['bulk', 'scorecards', 'import'] as const)[i % 3]!);
    const injections: Injection[] = [];
    for (const [i, workload] of ordered.entries()) {
      let injection: Injection;
      const i0 = performance.now();
      if (workload === 'import') {
        injection = await importInjection(o, api, pipe.url, pipeline.recruiter, reference, rand, i + 1, log);
      } else {
        const delay = Math.floor(rand() * 1.25 * calibrationMs[workload]);
        const load =
          workload === 'bulk'
            ? await bulkMovesAndKill(api, pipe.url, pipeline, rand, delay, o.bulkSize)
            : await scorecardsAndKill(api, pipe.url, pipeline, rand, delay, o.interviews);
        const restartMs = await api.start(pipe.url);
        const c0 = performance.now();
        const report = await checkInvariants(pipe.url);
        log(`  checks took ${Math.round(performance.now() - c0)} ms`);
        injection = {
          n: i + 1,
          workload,
          killedAtMs: delay,
          landing: load.cut === 0 ? 'after all answered' : load.ok + load.refused === 0 ? 'before any answer' : 'mid-way',
          restartMs,
          checksPassed: report.checks.length - report.failed.length,
          checksTotal: report.checks.length,
          failed: report.failed,
          load,
        };
      }
      injections.push(injection);
      log(`  injection took ${Math.round(performance.now() - i0)} ms`);
      log(
        `#${injection.n} ${injection.workload}: killed at ${Math.round(injection.killedAtMs)} ms (${injection.landing}), restart ${Math.round(injection.restartMs)} ms, ` +
          `checks ${injection.checksPassed}/${injection.checksTotal}${injection.retry ? `, retry ${injection.retry.status} ${injection.retry.equal ? 'equal' : 'DIFFERENT'}` : ''}` +
          (injection.failed.length ? ` FAILED: ${injection.failed.map((f) => `${f.name} (${f.violations})`).join('; ')}` : ''),
      );
    }
    await api.kill();
    await o.inspect?.({ pipeline: pipe.url, reference: ref.url });
    return {
      injections,
      coldStartMs,
      reference: { digest: reference.digest, counts: reference.counts, commitMs },
      seedMs,
      calibrationMs,
      totalMs: performance.now() - began,
    };
  } finally {
    await api.stop();
    for (const name of cleanup.reverse()) await dropDatabase(o.adminUrl, name).catch(() => undefined);
  }
}

async function importInjection(
  o: CampaignOptions,
  api: ApiProcess,
  databaseUrl: string,
  recruiter: Client,
  reference: ImportSnapshot,
  rand: () => number,
  n: number,
  log: (line: string) => void,
): Promise<Injection> {
  let t = performance.now();
  const phase = (name: string) => {
    log(`  ${name}: ${Math.round(performance.now() - t)} ms`);
    t = performance.now();
  };
  const tag = fileTag(n);
  const preview = await previewImport(recruiter, 'crash.bib', bibtexFile(o.importEntries, o.importPeople, o.seed, tag));
  phase('preview');
  // Mostly mid-commit; some right at the start and some after the commit answered.
  const r = rand();
  const target = r < 0.1 ? 0 : r > 0.9 ? 1.5 : rand();
  const kill = await commitAndKill(api, recruiter, preview.id, target);
  phase('commit until the kill');
  const restartMs = await api.start(databaseUrl);
  const report = await checkInvariants(databaseUrl);
  phase('restart and checks');
  const [batch] = await query<{ status: string }>(databaseUrl, `SELECT status FROM import_batch WHERE id = $1`, [preview.id]);
  // The retry: the same preview, still valid (nothing of it was written, or all of it).
  const retried = await commitImport(recruiter, preview.id);
  const expected = batch!.status === 'committed' ? 409 : 200;
  phase('retry');
  const differences = snapshotDifferences(reference, await importSnapshot(databaseUrl, tag));
  if (retried.status !== expected) differences.unshift(`retry answered ${retried.status}, expected ${expected}: ${JSON.stringify(retried.body).slice(0, 300)}`);
  phase('snapshot');
  return {
    n,
    workload: 'import',
    killedAtMs: kill.killedAtMs,
    landing: `${kill.phase}${kill.phase === 'mid-commit' ? ` ${Math.round(kill.seen * 100)}%` : ''}, batch ${batch!.status}`,
    restartMs,
    checksPassed: report.checks.length - report.failed.length,
    checksTotal: report.checks.length,
    failed: report.failed,
    retry: { status: retried.status, equal: differences.length === 0, differences },
    import: kill,
  };
}
