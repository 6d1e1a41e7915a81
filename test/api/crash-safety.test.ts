import { describe, expect, inject, it } from 'vitest';
import { runCampaign } from '../support/crash/campaign.js';

/**
 * The short version of `npm run crash` (scripts/crash-safety.ts): the API as its own process,
 * SIGKILLed at random moments of a large import, bulk moves and concurrent scorecard
 * submissions (two of each), restarted on the same database; after each restart every
 * invariant holds (test/support/crash/invariants.ts), and each retried import writes exactly
 * what the same file imported uninterrupted writes.
 */
describe('crash safety under SIGKILL', () => {
  it('leaves nothing half-written, and a retried import equals an uninterrupted one', { timeout: 400_000 }, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
    const result = await runCampaign({
      adminUrl: inject('pgAdminUrl'),
      template: inject('templateDatabase'),
      injections: 6,
      seed,
      importEntries: 600,
      importPeople: 500,
      applications: 40,
      bulkSize: 12,
      interviews: 6,
      maxDelayMs: 1500,
      log: process.env.CRASH_VERBOSE ? (line) => console.log(line) : undefined,
    });
    const summary = result.injections.map(
      (i) =>
        `#${i.n} ${i.workload} killed at ${Math.round(i.killedAtMs)} ms (${i.landing}), restart ${Math.round(i.restartMs)} ms, checks ${i.checksPassed}/${i.checksTotal}` +
        (i.retry ? `, retry ${i.retry.status} ${i.retry.equal ? 'equal' : `DIFFERENT: ${i.retry.differences.join(' | ')}`}` : ''),
    );
    console.log(`crash safety (seed ${seed}, CRASH_SEED=${seed} repeats it):\n${summary.join('\n')}`);

    expect(result.injections.map((i) => i.workload).sort()).toEqual(['bulk', 'bulk', 'import', 'import', 'scorecards', 'scorecards']);
    // The reference import wrote something of every kind a BibTeX import writes.
    expect(result.reference.counts).toMatchObject({ candidates: expect.any(Number), papers: 600, authorships: expect.any(Number) });
    expect(result.reference.counts.candidates).toBeGreaterThan(100);
    for (const i of result.injections) {
      expect(i.failed, `#${i.n} ${i.workload}: invariants broken after the restart`).toEqual([]);
      expect(i.checksTotal).toBeGreaterThanOrEqual(15);
      if (i.workload === 'import') expect(i.retry, `#${i.n}: retried import`).toMatchObject({ equal: true, differences: [] });
    }
  });
});
