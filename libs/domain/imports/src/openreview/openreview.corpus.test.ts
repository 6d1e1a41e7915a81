import { describe, expect, it } from 'vitest';
import type { AcceptanceKind, ImportedPaper } from '../model.js';
import { fixture, hasFixtures } from '../test-support/fixtures.js';
import { parseOpenReviewCsv } from './openreview-csv.js';
import { parsePaperlistsJson } from './paperlists.js';

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const ICLR_2018 = 'openreview_iclr2018_paperlists_first300.json';
const NEURIPS_2017 = 'conf_neurips2017_accepted_paperlists_first300.json';
const ICLR_2023_CSV = 'openreview_iclr2023_ratings_decisions_20230210_first300.csv';

describe.skipIf(!hasFixtures)('parsePaperlistsJson on the real paperlists', () => {
  it('accounts for every ICLR 2018 submission: Poster 105 / Oral 6 / Workshop 28 / Reject 138 / Withdraw 22 / Active 1', () => {
    const result = parsePaperlistsJson(fixture(ICLR_2018));
    const papers = result.records as ImportedPaper[];
    expect(papers.length + result.skipped.length).toBe(300);
    expect(countBy(papers, (p) => p.acceptance)).toEqual({
      poster: 105,
      oral: 6,
      workshop: 28,
      rejected: 138,
      withdrawn: 20,
    } satisfies Partial<Record<AcceptanceKind, number>>);
    // The three "Anonymous" submissions (2 withdrawn, 1 still under review) name nobody.
    const statusById = new Map((JSON.parse(fixture(ICLR_2018)) as Array<{ id: string; status: string }>).map((r) => [r.id, r.status]));
    const skippedStatuses = result.skipped.map((s) => statusById.get(s.sourceRef.match(/\((.+)\)/)![1]));
    expect(skippedStatuses.sort()).toEqual(['Active', 'Withdraw', 'Withdraw']);
    expect(result.skipped.every((s) => s.reason.startsWith('authors hidden ("Anonymous")'))).toBe(true);
  });

  it('dates every ICLR 2018 record, including withdrawn ones with no conference page', () => {
    const papers = parsePaperlistsJson(fixture(ICLR_2018)).records as ImportedPaper[];
    expect(countBy(papers, (p) => `${p.venue} ${p.year}`)).toEqual({ 'ICLR 2018': 269, 'ICLR Workshop 2018': 28 });
    expect(papers.every((p) => p.ids.openReviewId)).toBe(true);
    // Five named submissions were withdrawn before any review: no ratings, and no empty list either.
    expect(papers.filter((p) => !p.ratings).length).toBe(5);
    expect(papers.every((p) => p.ratings === undefined || p.ratings.length > 0)).toBe(true);
  });

  it('keeps Adam Prügel-Bennett and his email, and finds code links', () => {
    const papers = parsePaperlistsJson(fixture(ICLR_2018)).records as ImportedPaper[];
    const authors = papers.flatMap((p) => p.authors);
    expect(authors).toContainEqual({ name: 'Adam Prügel-Bennett', ids: { emails: ['apb@ecs.soton.ac.uk'] }, affiliations: [] });
    expect(authors.some((a) => a.name === 'Anonymous')).toBe(false);
    const withCode = papers.filter((p) => p.links.some((l) => l.kind === 'code'));
    expect(withCode.length).toBeGreaterThan(30);
    expect(withCode.flatMap((p) => p.links.filter((l) => l.kind === 'code')).every((l) => l.url.startsWith('https://github.com/'))).toBe(
      true,
    );
  });

  it('reads NeurIPS 2017: Oral 18 / Spotlight 49 / Poster 233, all of them with authors', () => {
    const result = parsePaperlistsJson(fixture(NEURIPS_2017));
    const papers = result.records as ImportedPaper[];
    expect(result.skipped).toEqual([]);
    expect(countBy(papers, (p) => p.acceptance)).toEqual({ oral: 18, spotlight: 49, poster: 233 });
    expect(papers.every((p) => p.venue === 'NeurIPS' && p.year === 2017 && p.authors.length > 0)).toBe(true);
    expect(papers.filter((p) => p.links.some((l) => l.kind === 'code')).length).toBeGreaterThanOrEqual(10);
  });

  it('keeps the NeurIPS scraping artefacts as written and reads the empty-author record from author_site', () => {
    const papers = parsePaperlistsJson(fixture(NEURIPS_2017)).records as ImportedPaper[];
    expect(papers[0].authors[4]).toEqual({
      name: 'OpenAI Xi Chen',
      ids: {},
      affiliations: ['UC Berkeley, Department of Electrical Engineering and Computer Sciences', 'OpenAI'],
    });
    const survival = papers.find((p) => p.title === 'Deep Multi-task Gaussian Processes for Survival Analysis with Competing Risks');
    expect(survival?.authors.map((a) => a.name)).toEqual(['Ahmed M. Alaa', 'Mihaela van der Schaar']);
  });
});

describe.skipIf(!hasFixtures)('parseOpenReviewCsv on the ICLR 2023 ratings/decisions CSV', () => {
  it('reads all 300 rows with their decisions', () => {
    const result = parseOpenReviewCsv(fixture(ICLR_2023_CSV));
    const papers = result.records as ImportedPaper[];
    expect(papers).toHaveLength(300);
    expect(result.skipped).toEqual([]);
    // Accept: poster 72, notable-top-5% 5, notable-top-25% 12, Reject 147, empty 64 (63 withdrawn).
    expect(countBy(papers, (p) => p.acceptance)).toEqual({ poster: 72, oral: 5, spotlight: 12, rejected: 147, withdrawn: 63, unknown: 1 });
  });

  it('yields papers with no authors, ratings from the Python lists, and one warning for the file', () => {
    const result = parseOpenReviewCsv(fixture(ICLR_2023_CSV));
    const papers = result.records as ImportedPaper[];
    expect(papers.every((p) => p.authors.length === 0 && p.venue === 'ICLR' && p.year === 2023 && p.ids.openReviewId)).toBe(true);
    expect(papers[1]).toMatchObject({ ids: { openReviewId: 'N3kGYG3ZcTi' }, acceptance: 'poster', ratings: [5, 6, 8] });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/names no authors .* no candidate comes from it/);
  });
});
