import { readdirSync } from 'node:fs';
import type { DuplicatePage, DuplicatePair, ImportCommitResult, ImportPreview } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, fixture, hasFixtures } from '@loopboard/domain-imports/test-support/fixtures';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

const MACROS = 'bib_curated_probml_standardstrings.bib';
// Refused as a whole (no name or email column): they create nothing.
const REFUSED = ['hiring_recruitment_labelled_with_shortlist_stage_rows1-750.csv', 'hiring_recruitment_numeric_coded_rows1-750.csv'];

interface Imported {
  preview: ImportPreview;
  result: ImportCommitResult;
}

let api: TestApi;
let recruiter: ApiClient;
const imported = new Map<string, Imported>();
let sharedCoauthorPairs = 0;
const refused = new Map<string, { status: number; code: string; message: string }>();

describe.skipIf(!hasFixtures)('importing the whole corpus', () => {
  beforeAll(async () => {
    api = await startApi();
    recruiter = await api.as('recruiter');
    const files = readdirSync(FIXTURES_DIR)
      .filter((f) => f !== 'SOURCES.md' && f !== MACROS)
      .sort();
    for (const fileName of files) {
      const body: Record<string, string> = { fileName, content: fixture(fileName) };
      if (fileName === 'bib_curated_probml_bibliography.bib') body.bibtexMacros = fixture(MACROS);
      const shown = await recruiter.post<ImportPreview>('/api/imports', body);
      if (shown.status !== 201) {
        refused.set(fileName, { ...(shown.body as unknown as { code: string; message: string }), status: shown.status });
        continue;
      }
      const done = await recruiter.post<ImportCommitResult>(`/api/imports/${shown.body.id}/commit`, { select: 'all' });
      if (done.status !== 200) throw new Error(`${fileName}: commit failed ${done.status} ${JSON.stringify(done.body)}`);
      imported.set(fileName, { preview: shown.body, result: done.body });
    }
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  const summary = (file: string) => imported.get(file)!.preview.summary;

  it('imports every file but the two recruitment CSVs, which are refused and create nothing', async () => {
    expect([...refused.keys()].sort()).toEqual(REFUSED);
    for (const file of REFUSED) expect(refused.get(file)).toMatchObject({ status: 400, code: 'IMPORT_FILE_INVALID' });
    expect(await api.sql(`SELECT file_name FROM import_batch WHERE file_name LIKE 'hiring_%'`)).toEqual([]);
    expect(imported.size).toBe(19);
  });

  it('finds the papers and people the sources describe', () => {
    expect(summary('arxiv_atom_legacy2016_search_au_del_maestro.xml')).toMatchObject({ papers: 10 });
    expect(summary('arxiv_atom_2026_search_testing_max100.xml')).toMatchObject({ papers: 100 });
    // One NeurIPS entry names no authors; three ICLR submissions hide theirs: skipped with the reason.
    expect(summary('bib_neurips2019_proceedings_first300.bib')).toMatchObject({ papers: 299 });
    expect(imported.get('bib_neurips2019_proceedings_first300.bib')!.preview.skipped).toContainEqual({
      sourceRef: 'NEURIPS2019_08040837',
      reason: 'entry NEURIPS2019_08040837: no authors',
    });
    expect(summary('bib_curated_probml_bibliography.bib')).toMatchObject({ papers: 345 });
    expect(summary('bib_pmlr_icml2018_first200.bib')).toMatchObject({ papers: 199 });
    expect(summary('bib_dblp_export_michael_ley_32.bib')).toMatchObject({ papers: 32 });
    expect(summary('openreview_iclr2018_paperlists_first300.json')).toMatchObject({ papers: 297 });
    expect(
      imported.get('openreview_iclr2018_paperlists_first300.json')!.preview.skipped.filter((s) => s.reason.startsWith('authors hidden')),
    ).toHaveLength(3);
    expect(summary('openreview_iclr2023_ratings_decisions_20230210_first300.csv')).toMatchObject({ papers: 300, people: 0 });
    expect(summary('conf_neurips2017_accepted_paperlists_first300.json')).toMatchObject({ papers: 300 });
    expect(summary('pwc_links_between_papers_and_code_part1_46.json')).toMatchObject({ reimplementations: 46, people: 0 });
    // SOURCES.md counts author slots and strings (24, 366, 991, 979); people are fewer where one person is spelled alike,
    // more only where the source spells one string several ways (NeurIPS 2017 has 985 distinct raw strings).
    expect(summary('arxiv_atom_legacy2016_search_au_del_maestro.xml').people).toBe(12);
    expect(summary('arxiv_atom_2026_search_testing_max100.xml').people).toBe(323);
    expect(summary('openreview_iclr2018_paperlists_first300.json').people).toBe(964);
    expect(summary('conf_neurips2017_accepted_paperlists_first300.json').people).toBe(984);
  });

  it('makes Adrian Del Maestro one candidate with the papers of both arXiv feeds, the checkerboard paper once', async () => {
    const rows = await api.sql(`SELECT id FROM candidate WHERE display_name = 'Adrian Del Maestro'`);
    expect(rows).toHaveLength(1);
    const papers = await api.sql(
      `SELECT p.arxiv_id, p.title FROM paper p JOIN paper_author pa ON pa.paper_id = p.id WHERE pa.candidate_id = $1`,
      [rows[0].id],
    );
    expect(papers.map((p) => p.arxiv_id)).toContain('cond-mat/0603029');
    expect(papers.length).toBeGreaterThan(1);
    expect(await api.sql(`SELECT count(*)::int AS n FROM paper WHERE title ILIKE '%stripe to checkerboard%'`)).toEqual([{ n: 1 }]);
    expect(imported.get('arxiv_atom_legacy2016_search_del_maestro_checkerboard.xml')!.result).toMatchObject({
      created: 0,
      papersCreated: 0,
    });
  });

  it('stores mojibake names repaired', async () => {
    expect(await api.sql(`SELECT display_name FROM candidate WHERE display_name LIKE 'Jos% Romero'`)).toEqual([
      { display_name: 'José Raúl Romero' },
    ]);
    expect(await api.sql(`SELECT count(*)::int AS n FROM candidate WHERE display_name LIKE '%Ã%'`)).toEqual([{ n: 0 }]);
  });

  it('resolves BibTeX macros from the separate standardstrings file', async () => {
    const [row] = await api.sql(
      `SELECT count(*)::int AS n FROM paper WHERE venue = 'ICML' AND provenance->>'fileName' = 'bib_curated_probml_bibliography.bib'`,
    );
    expect(row.n).toBeGreaterThan(0);
    expect(await api.sql(`SELECT count(*)::int AS n FROM paper WHERE venue IN ('icml', 'cvpr')`)).toEqual([{ n: 0 }]);
  });

  it('creates nothing from the arXiv error feed', () => {
    expect(imported.get('arxiv_atom_2026_error_bad_id_abc.xml')).toMatchObject({
      preview: { people: [] },
      result: { created: 0, merged: 0, papersCreated: 0 },
    });
  });

  it('suggests Kınlı, Özcan and Kıraç of MLRC 2020 and 2022 as duplicates (same name, shared co-author), and merging makes one of each', async () => {
    const names = ['Furkan Kınlı', 'Barış Özcan', 'Furkan Kıraç'];
    // Names only suggest: the second file's preview flags them, the commit creates them, the duplicates page lists them.
    const later = imported.get('reimpl_mlrc2022_rescience_published.bib')!.preview;
    for (const name of names) {
      const shown = later.people.find((p) => p.displayName === name)!;
      expect(shown.action, name).toBe('create');
      expect(shown.possibleDuplicates, name).toEqual([
        expect.objectContaining({ candidateName: name, sharedCoauthor: expect.any(String) }),
      ]);
    }
    const duplicates: DuplicatePair[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: { status: number; body: DuplicatePage } = await recruiter.get<DuplicatePage>(
        `/api/duplicates?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.status).toBe(200);
      duplicates.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    sharedCoauthorPairs = duplicates.filter((d) => d.reason === 'same-name-shared-coauthor').length;
    for (const name of names) {
      const pair = duplicates.find((d) => d.a.displayName === name && d.b.displayName === name);
      expect(pair, name).toMatchObject({ reason: 'same-name-shared-coauthor' });
      const merged = await recruiter.post('/api/candidates/merge', {
        targetId: pair!.a.id,
        targetVersion: pair!.a.version,
        sourceId: pair!.b.id,
        sourceVersion: pair!.b.version,
      });
      expect(merged.status, name).toBe(200);
      const rows = await api.sql(`SELECT id FROM candidate WHERE display_name = $1`, [name]);
      expect(rows, name).toHaveLength(1);
      const reimplementations = await api.sql(`SELECT count(*)::int AS n FROM reimplementation_author WHERE candidate_id = $1`, [
        rows[0].id,
      ]);
      expect(reimplementations[0].n, name).toBeGreaterThanOrEqual(2);
    }
  });

  it('ends with the expected totals', async () => {
    const [totals] = await api.sql(
      `SELECT (SELECT count(*) FROM candidate)::int AS candidates, (SELECT count(*) FROM paper)::int AS papers,
              (SELECT count(*) FROM reimplementation)::int AS reimplementations, (SELECT count(*) FROM candidate_identity)::int AS identities`,
    );
    // Names only suggest: a person sharing a name and a co-author with a candidate of an earlier file is created anew
    // and listed as a duplicate pair. Merged silently, those would have been 4892 candidates; three were merged above,
    // so 342 remain apart, each in at least one listed pair.
    expect(totals).toEqual({ candidates: 5231, papers: 1949, reimplementations: 113, identities: 1070 });
    expect(sharedCoauthorPairs).toBeGreaterThanOrEqual(5231 + 3 - 4892);
  });
});
