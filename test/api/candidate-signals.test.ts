import type { CandidateDetail, CandidatePage, ImportCommitResult, ImportPreview } from '@loopboard/contracts';
import { DataSource, type QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNALS_JOIN } from '@loopboard/api/signals';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
let recruiter: ApiClient;
beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  recruiter = await api.as('recruiter');
});
afterAll(async () => {
  await api?.close();
});

const family = `Signalson${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 6)}`;
const venue = `SIG${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 4)
  .toUpperCase()}`;

// Two papers at a venue the tier table does not know yet, one with three authors, one with two.
const BIB = `@inproceedings{a,
  author = {${family}, Ada and Other, Olga and Third, Theo},
  title = {Signals in {Stored} Form},
  booktitle = {${venue}},
  year = {2024}
}
@inproceedings{b,
  author = {Other, Olga and ${family}, Ada},
  title = {Signals Again},
  booktitle = {${venue}},
  year = {2025}
}
`;

/** Stored signals (candidate_signal) and the live rules (SIGNALS_JOIN) agree for every candidate. */
async function storedMatchesLive(): Promise<void> {
  const rows = await api.sql(
    `SELECT c.id, st.first_author_top_tier AS st_first, st.credit_adjusted::text AS st_credit, st.best_venue_tier AS st_tier,
            st.reproduced_reimplementations AS st_repro,
            s.first_author_top_tier AS live_first, s.credit_adjusted::numeric(12,6)::text AS live_credit, s.best_venue_tier AS live_tier,
            ri.reproduced_reimplementations AS live_repro
       FROM candidate c LEFT JOIN candidate_signal st ON st.candidate_id = c.id ${SIGNALS_JOIN}`,
  );
  const differing = rows.filter(
    (r) => r.st_first !== r.live_first || r.st_credit !== r.live_credit || r.st_tier !== r.live_tier || r.st_repro !== r.live_repro,
  );
  expect(differing).toEqual([]);
}

async function signalsOf(name: string) {
  const page = await recruiter.get<CandidatePage>(`/api/candidates?q=${encodeURIComponent(name)}`);
  expect(page.status).toBe(200);
  const listed = page.body.items.find((c) => c.displayName === name)!;
  const detail = await recruiter.get<CandidateDetail>(`/api/candidates/${listed.id}`);
  // The list reads candidate_signal, the profile computes live: they must agree.
  expect(listed.signals).toEqual(detail.body.signals);
  return listed.signals;
}

describe('stored candidate signals', () => {
  it('follow imports, venue tier changes and merges, and always equal the live rules', async () => {
    const preview = await recruiter.post<ImportPreview>('/api/imports', { fileName: 'signals.bib', content: BIB });
    expect(preview.status).toBe(201);
    const done = await recruiter.post<ImportCommitResult>(`/api/imports/${preview.body.id}/commit`, { select: 'all' });
    expect(done.status).toBe(200);
    await storedMatchesLive();
    // Unknown venue: no tier, credit 1/3 + 1/2.
    expect(await signalsOf(`Ada ${family}`)).toEqual({
      firstAuthorTopTier: 0,
      creditAdjusted: 0.833333,
      bestVenueTier: null,
      reproducedReimplementations: 0,
    });

    // The admin makes the venue tier 1: every author of its papers moves at once.
    expect((await admin.request('PUT', `/api/venues/${venue}`, { tier: 1, fullName: 'Signals Conference' })).status).toBe(200);
    await storedMatchesLive();
    expect(await signalsOf(`Ada ${family}`)).toMatchObject({ firstAuthorTopTier: 1, bestVenueTier: 1 });
    expect(await signalsOf('Olga Other')).toMatchObject({ firstAuthorTopTier: 1, bestVenueTier: 1 });

    // Sorting by a stored signal puts Ada and Olga (credit 0.83) before Theo (0.33).
    const sorted = await recruiter.get<CandidatePage>(`/api/candidates?q=${family}&sort=creditAdjusted`);
    expect(sorted.status).toBe(200);
    const byCredit = await recruiter.get<CandidatePage>(`/api/candidates?sort=creditAdjusted&order=desc&limit=200`);
    const credits = byCredit.body.items.map((c) => c.signals.creditAdjusted);
    expect(credits).toEqual([...credits].sort((a, b) => b - a));

    // A paper's author list changing moves its co-authors' 1/n credit.
    await api.sql(`DELETE FROM paper_author WHERE name = 'Theo Third'`);
    await storedMatchesLive();
    await api.sql(`UPDATE paper SET acceptance = 'rejected' WHERE title = 'Signals Again'`);
    await storedMatchesLive();
    expect(await signalsOf(`Ada ${family}`)).toMatchObject({ firstAuthorTopTier: 1, creditAdjusted: 0.333333 });

    // A merge moves the authorships, and the signals with them.
    const ada = (await recruiter.get<CandidatePage>(`/api/candidates?q=${encodeURIComponent(`Ada ${family}`)}`)).body.items[0]!;
    const target = (await recruiter.post<CandidateDetail>('/api/candidates', { name: `Ada ${family}`, primaryChannel: 'referral' })).body;
    const merged = await recruiter.post<CandidateDetail>('/api/candidates/merge', {
      targetId: target.id,
      targetVersion: target.version,
      sourceId: ada.id,
      sourceVersion: ada.version,
    });
    expect(merged.status).toBe(200);
    expect(merged.body.signals).toMatchObject({ firstAuthorTopTier: 1, creditAdjusted: 0.333333 });
    await storedMatchesLive();
    expect(await signalsOf(`Ada ${family}`)).toMatchObject({ firstAuthorTopTier: 1, creditAdjusted: 0.333333 });
  });

  it('gives a new candidate zero signals at once', async () => {
    const created = await recruiter.post<CandidateDetail>('/api/candidates', { name: `Zero ${family}`, primaryChannel: 'referral' });
    expect(created.status).toBe(201);
    expect(
      await api.sql(`SELECT first_author_top_tier, credit_adjusted::float AS credit FROM candidate_signal WHERE candidate_id = $1`, [
        created.body.id,
      ]),
    ).toEqual([{ first_author_top_tier: 0, credit: 0 }]);
    await storedMatchesLive();
  });

  it('lets two transactions mark the same candidates in opposite orders without waiting on each other', async () => {
    const x = (await recruiter.post<CandidateDetail>('/api/candidates', { name: `Xavier ${family}`, primaryChannel: 'other' })).body;
    const y = (await recruiter.post<CandidateDetail>('/api/candidates', { name: `Yvonne ${family}`, primaryChannel: 'other' })).body;
    const papers = await api.sql<{ id: string }>(
      `INSERT INTO paper (title, title_key, venue, year, acceptance, author_count, links, provenance)
       SELECT 'Concurrent ' || i, 'concurrent ' || i || ' ${family.toLowerCase()}', '${venue}', 2024, 'poster', 1, '[]', '{}' FROM generate_series(1, 4) AS i
       RETURNING id`,
    );
    const ds = api.app.get(DataSource);
    const [a, b] = [ds.createQueryRunner(), ds.createQueryRunner()];
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.startTransaction();
      await b.startTransaction();
      const link = (runner: QueryRunner, paper: string, candidate: string) =>
        runner.query(`INSERT INTO paper_author (paper_id, position, name, candidate_id) VALUES ($1, 1, 'n', $2)`, [paper, candidate]);
      // With one shared table of marks, the third statement waited for b and the fourth deadlocked.
      await link(a, papers[0]!.id, x.id);
      await link(b, papers[1]!.id, y.id);
      await link(a, papers[2]!.id, y.id);
      await link(b, papers[3]!.id, x.id);
      await a.commitTransaction();
      await b.commitTransaction();
    } finally {
      await Promise.all([a.release(), b.release()]);
    }
    await storedMatchesLive();
    // Each has two single-author tier-1 papers as first author.
    expect(await signalsOf(`Xavier ${family}`)).toMatchObject({ firstAuthorTopTier: 2, creditAdjusted: 2 });
    expect(await signalsOf(`Yvonne ${family}`)).toMatchObject({ firstAuthorTopTier: 2, creditAdjusted: 2 });
    expect(await api.sql(`SELECT count(*)::int AS n FROM candidate_signal_flush_request`)).toEqual([{ n: 0 }]);
  });
});
