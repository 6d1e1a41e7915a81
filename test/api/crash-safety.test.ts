import { describe, expect, inject, it } from 'vitest';
import { runCampaign } from '../support/crash/campaign.js';
import { query } from '../support/crash/db.js';
import { fileTag } from '../support/crash/files.js';
import { checkInvariants } from '../support/crash/invariants.js';
import { importSnapshot, snapshotDifferences } from '../support/crash/snapshot.js';

/** Names of the checks that fail on the database now. */
async function failing(url: string): Promise<string[]> {
  return (await checkInvariants(url)).failed.map((c) => c.name);
}

/**
 * The checks must see half-written state: each corruption below is what a crash could leave if a
 * write were not atomic, and must fail the check that guards it.
 */
async function corruptAndCheck(pipeline: string, reference: string): Promise<void> {
  // What the run left is worth checking: moves, rejections and submitted scorecards exist.
  const [state] = await query<{ moved: number; rejected: number; submitted: number; drafts: number }>(
    pipeline,
    `SELECT (SELECT count(*) FROM application_event WHERE kind = 'moved')::int AS moved,
            (SELECT count(*) FROM application_event WHERE kind = 'rejected')::int AS rejected,
            (SELECT count(*) FROM scorecard WHERE status = 'submitted')::int AS submitted,
            (SELECT count(*) FROM scorecard WHERE status = 'draft')::int AS drafts`,
  );
  expect(state!.moved).toBeGreaterThan(0);
  expect(state!.rejected).toBeGreaterThan(0);
  expect(state!.submitted).toBeGreaterThan(0);
  expect(await failing(pipeline)).toEqual([]);

  // A stage changed without its event.
  await query(
    pipeline,
    `UPDATE application a SET current_stage_id = (SELECT s.id FROM opening_stage s WHERE s.opening_id = a.opening_id AND s.id <> a.current_stage_id LIMIT 1)
      WHERE a.id = (SELECT id FROM application WHERE status = 'active' ORDER BY id LIMIT 1)`,
  );
  expect(await failing(pipeline)).toContain("applications: stage and status are the last event's");
  // A derived row lost.
  await query(pipeline, `DELETE FROM application_stay WHERE event_id = (SELECT max(event_id) FROM application_stay)`);
  expect(await failing(pipeline)).toContain('derived: application_stay equals its recomputation');
  await query(pipeline, `DELETE FROM submitted_rating WHERE ctid = (SELECT min(ctid) FROM submitted_rating)`);
  expect(await failing(pipeline)).toContain('derived: submitted_rating equals its recomputation');
  // A submitted scorecard missing a rating.
  await query(
    pipeline,
    `DELETE FROM scorecard_rating WHERE scorecard_id = (SELECT id FROM scorecard WHERE status = 'submitted' ORDER BY id LIMIT 1)
        AND position = 0`,
  );
  expect(await failing(pipeline)).toContain(
    'scorecards: draft, or submitted with a recommendation and every focus competency rated (evidence with each rating)',
  );
  // A change whose audit entry is missing, and a tampered entry.
  await query(pipeline, `INSERT INTO application_event (application_id, kind, to_stage_id, to_status) SELECT id, 'moved', current_stage_id, status FROM application LIMIT 1`);
  expect(await failing(pipeline)).toContain('applications: each event has its audit entry (per application and kind)');
  await query(
    pipeline,
    `SET session_replication_role = replica; UPDATE audit_log SET action = action || 'x' WHERE id = (SELECT max(id) FROM audit_log); SET session_replication_role = origin`,
  );
  expect(await failing(pipeline)).toContain('audit: hash chain verifies');

  // An import whose batch says preview while its rows are there; and a snapshot that differs.
  const before = await importSnapshot(reference, fileTag(0));
  await query(reference, `DELETE FROM paper_author WHERE ctid = (SELECT min(ctid) FROM paper_author)`);
  expect(snapshotDifferences(before, await importSnapshot(reference, fileTag(0)))).not.toEqual([]);
  await query(reference, `UPDATE import_batch SET status = 'preview', result = NULL, committed_at = NULL`);
  expect(await failing(reference)).toEqual(
    expect.arrayContaining(['import: nothing written by an uncommitted batch', 'candidates: each comes from a committed import or a recorded creation']),
  );
}

/**
 * The short version of `npm run crash` (scripts/crash-safety.ts): the API as its own process,
 * SIGKILLed at random moments of a large import, bulk moves and concurrent scorecard
 * submissions (two of each), restarted on the same database; after each restart every
 * invariant holds (test/support/crash/invariants.ts), and each retried import writes exactly
 * what the same file imported uninterrupted writes.
 */
describe('crash safety under SIGKILL', () => {
  it('leaves nothing half-written, and a retried import equals an uninterrupted one', { timeout: 600_000 }, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
    const result = await runCampaign({
      adminUrl: inject('pgAdminUrl'),
      template: inject('templateDatabase'),
      injections: 6,
      seed,
      importEntries: 300,
      importPeople: 250,
      applications: 24,
      bulkSize: 8,
      interviews: 4,
      log: process.env.CRASH_VERBOSE ? (line) => console.log(line) : undefined,
      inspect: ({ pipeline, reference }) => corruptAndCheck(pipeline, reference),
    });
    const summary = result.injections.map(
      (i) =>
        `#${i.n} ${i.workload} killed at ${Math.round(i.killedAtMs)} ms (${i.landing}), restart ${Math.round(i.restartMs)} ms, checks ${i.checksPassed}/${i.checksTotal}` +
        (i.retry ? `, retry ${i.retry.status} ${i.retry.equal ? 'equal' : `DIFFERENT: ${i.retry.differences.join(' | ')}`}` : ''),
    );
    console.log(`crash safety (seed ${seed}; CRASH_SEED=${seed} repeats it):\n${summary.join('\n')}`);

    expect(result.injections.map((i) => i.workload).sort()).toEqual(['bulk', 'bulk', 'import', 'import', 'scorecards', 'scorecards']);
    // The reference import wrote something of every kind a BibTeX import writes.
    expect(result.reference.counts).toMatchObject({ papers: 300 });
    expect(result.reference.counts.candidates).toBeGreaterThan(100);
    expect(result.reference.counts.authorships).toBeGreaterThan(600);
    for (const i of result.injections) {
      expect(i.failed, `#${i.n} ${i.workload}: invariants broken after the restart`).toEqual([]);
      expect(i.checksTotal).toBeGreaterThanOrEqual(15);
      if (i.workload === 'import') expect(i.retry, `#${i.n}: retried import`).toMatchObject({ equal: true, differences: [] });
    }
  });
});
