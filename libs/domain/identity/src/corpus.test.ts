import { describe, expect, it } from 'vitest';
import { decodeLatex } from './latex.js';
import { repairMojibake } from './mojibake.js';
import { initialsKey, nameKey, normalizeNameText, parsePersonName } from './name.js';
import { normalizeDblpPid, normalizeEmail, normalizeOpenAlexId, normalizeOpenReviewId, normalizeOrcid, normalizeSemanticScholarId } from './ids.js';
import { groupPeople } from './match.js';
import { bibtexNameFields, fixture, hasFixtures, splitBibtexNames } from './test-support/fixtures.js';

/**
 * The real-world corpus (../shared/fixtures, see SOURCES.md), read in place:
 * it holds real people's names and ids, which stay out of this repository.
 */
const atomNames = (xml: string): string[] => [...xml.matchAll(/<name>([^<]*)<\/name>/g)].map((m) => m[1] ?? '');
const bibNames = (file: string): string[] => bibtexNameFields(fixture(file)).flatMap(splitBibtexNames);
const NON_ASCII = /[^\p{ASCII}]/u;
const semicolonList = (value: unknown): string[] => (typeof value === 'string' ? value.split(';').map((s) => s.trim()) : []);

describe.skipIf(!hasFixtures)('identity on the real-world corpus', () => {
  it('repairs all 17 mojibake author names of the 2026 arXiv feed exactly as re-decoding the bytes does', () => {
    const names = atomNames(fixture('arxiv_atom_2026_search_testing_max100.xml'));
    const broken = names.filter((n) => NON_ASCII.test(n));
    expect(new Set(broken).size).toBe(17);
    for (const name of broken) {
      const repaired = repairMojibake(name);
      expect(repaired).toBe(Buffer.from(name, 'latin1').toString('utf8'));
      expect(repaired).not.toMatch(/[\u0080-\u009f\u00c3\u00c2]/);
    }
    for (const name of names.filter((n) => !broken.includes(n))) expect(repairMojibake(name)).toBe(name);
  });

  it('leaves every correctly encoded name of the UTF-8 sources untouched', () => {
    const iclr = JSON.parse(fixture('openreview_iclr2018_paperlists_first300.json')) as { author?: string }[];
    const neurips = JSON.parse(fixture('conf_neurips2017_accepted_paperlists_first300.json')) as { author?: string }[];
    const names = [
      ...iclr.flatMap((r) => semicolonList(r.author)),
      ...neurips.flatMap((r) => semicolonList(r.author)),
      ...bibNames('bib_neurips2019_proceedings_first300.bib'),
      ...bibNames('reimpl_mlrc2020_rescience_all_articles.bib'),
      ...bibNames('reimpl_mlrc2022_rescience_published.bib'),
    ].filter(Boolean);
    const accented = names.filter((n) => NON_ASCII.test(n));
    expect(accented.length).toBeGreaterThan(40);
    for (const name of accented) expect(repairMojibake(name)).toBe(name);
  });

  it('decodes every LaTeX author name of the BibTeX files to plain text', () => {
    const files = [
      'bib_curated_probml_bibliography.bib',
      'bib_dblp_export_michael_ley_32.bib',
      'bib_mixed_dblp_gscholar_mlrc2022_report45.bib',
      'bib_pmlr_icml2018_first200.bib',
    ];
    const withLatex = files.flatMap(bibNames).filter((n) => n.includes('\\'));
    expect(withLatex.length).toBeGreaterThan(30);
    for (const name of withLatex) {
      const decoded = decodeLatex(name);
      expect(decoded).not.toMatch(/[\\{}]/);
      expect(decoded).toMatch(NON_ASCII);
      expect(normalizeNameText(decoded)).toBe(normalizeNameText(name));
    }
  });

  it('gives the names written two ways in the curated bibliography one key each', () => {
    const names = bibNames('bib_curated_probml_bibliography.bib');
    for (const [a, b] of [
      ["L{\\'e}on", "L{\\'{e}}on"],
      ['Stuhlm{\\"u}ller', 'Stuhlm\\"{u}ller'],
    ] as const) {
      const keysA = new Set(names.filter((n) => n.includes(a)).map(nameKey));
      const keysB = new Set(names.filter((n) => n.includes(b)).map(nameKey));
      expect(keysA.size).toBeGreaterThan(0);
      expect([...keysA].filter((k) => keysB.has(k))).toHaveLength(1);
    }
    const scholkopf = new Set(names.filter((n) => /Sch\{?\\"\{?o\}?\}?lkopf/.test(n)).map(nameKey));
    expect([...scholkopf]).toEqual(['bernhard scholkopf']);
  });

  it('suggests "Adrian Del Maestro" and "A. Del Maestro" of the 2016 feed as one person, by initials only', () => {
    const names = atomNames(fixture('arxiv_atom_legacy2016_search_au_del_maestro.xml'));
    const grouping = groupPeople(names.map((name) => ({ name })));
    const suggestion = grouping.suggestions.find((s) => s.confidence === 'initials' && s.key === 'a del maestro');
    const suggested = (suggestion?.clusters ?? []).flatMap((c) => grouping.clusters[c]?.members ?? []).map((i) => names[i]);
    expect(new Set(suggested)).toEqual(new Set(['Adrian Del Maestro', 'A. Del Maestro']));
    // Names alone never merge anybody.
    expect(grouping.clusters).toHaveLength(names.length);
  });

  it('reads the NeurIPS 2019 all-caps author and the editor with a particle', () => {
    const names = bibNames('bib_neurips2019_proceedings_first300.bib');
    const caps = names.find((n) => n.startsWith('LIU, '));
    expect(parsePersonName(caps ?? '').display).toBe('Lu Liu');
    const editor = names.find((n) => n.includes("d'Alché-Buc"));
    expect(parsePersonName(editor ?? '')).toMatchObject({ given: 'Florence', family: "d'Alché-Buc" });
  });

  it('matches the people who appear in both MLRC 2020 and 2022 by name key, Kınlı and Özcan included', () => {
    const keys2020 = new Set(bibNames('reimpl_mlrc2020_rescience_all_articles.bib').map(nameKey));
    const shared = bibNames('reimpl_mlrc2022_rescience_published.bib')
      .map(nameKey)
      .filter((k) => keys2020.has(k));
    expect(shared).toEqual(expect.arrayContaining(['furkan kinli', 'baris ozcan', 'furkan kirac']));
    const balsells = bibNames('reimpl_mlrc2020_rescience_all_articles.bib').find((n) => n.startsWith('Balsells'));
    expect(parsePersonName(balsells ?? '')).toMatchObject({ given: 'Carles', family: 'Balsells Rodas' });
  });

  it('accepts every real ORCID of the ReScience metadata and finds their check digits right', () => {
    const orcids = ['reimpl_mlrc2020_albanis_metadata.yaml', 'reimpl_mlrc2020_holdijk_metadata.yaml'].flatMap((f) =>
      [...fixture(f).matchAll(/^\s*orcid:\s*(\S+)\s*$/gm)].map((m) => m[1] ?? ''),
    );
    expect(orcids).toHaveLength(10);
    for (const orcid of orcids) expect(normalizeOrcid(orcid)).toBe(orcid);
    const openalex = JSON.parse(fixture('openalex_author_A1969205032.json')) as { id: string; orcid: string };
    expect(normalizeOrcid(openalex.orcid)).toBe(openalex.orcid.replace('https://orcid.org/', ''));
    expect(normalizeOpenAlexId(openalex.id)).toBe('A1969205032');
  });

  it('reads Semantic Scholar ids and refuses its DBLP names as pids', () => {
    const s2 = JSON.parse(fixture('s2_author_2262347_with_papers.json')) as { authorId: string; url: string; externalIds: { DBLP: string[] } };
    expect(normalizeSemanticScholarId(s2.authorId)).toBe('2262347');
    expect(normalizeSemanticScholarId(s2.url)).toBe('2262347');
    expect(s2.externalIds.DBLP.length).toBeGreaterThan(0);
    for (const name of s2.externalIds.DBLP) expect(normalizeDblpPid(name)).toBeNull();
  });

  it('reads the OpenReview author ids of ICLR 2018 as emails, and the anonymous group id as neither', () => {
    const iclr = JSON.parse(fixture('openreview_iclr2018_paperlists_first300.json')) as { authorids?: string }[];
    const ids = iclr.flatMap((r) => semicolonList(r.authorids)).filter(Boolean);
    const emails = ids.filter((id) => normalizeEmail(id) !== null);
    const neither = ids.filter((id) => normalizeEmail(id) === null);
    expect(emails.length).toBeGreaterThan(1000);
    expect(neither).toHaveLength(3);
    for (const id of neither) expect(normalizeOpenReviewId(id)).toBeNull();
  });

  it('gives every author of every source a display name and keys without throwing, idempotently', () => {
    const iclr = JSON.parse(fixture('openreview_iclr2018_paperlists_first300.json')) as { author?: string }[];
    const names = [
      ...atomNames(fixture('arxiv_atom_2026_search_testing_max100.xml')),
      ...iclr.flatMap((r) => semicolonList(r.author)),
      ...bibNames('bib_curated_probml_bibliography.bib'),
      ...bibNames('bib_dblp_export_michael_ley_32.bib'),
      ...bibNames('bib_pmlr_icml2018_first200.bib'),
    ].filter(Boolean);
    expect(names.length).toBeGreaterThan(2000);
    for (const name of names) {
      const { display } = parsePersonName(name);
      expect(display).not.toBe('');
      expect(parsePersonName(display).display).toBe(display);
      expect(nameKey(display)).toBe(nameKey(name));
      if (display.includes(' ')) expect(initialsKey(name)).not.toBe('');
    }
  });
});
