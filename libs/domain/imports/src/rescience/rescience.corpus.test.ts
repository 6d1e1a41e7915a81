import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedReimplementation, ParseResult } from '../model.js';
import { fixture, hasFixtures } from '../test-support/fixtures.js';
import { parseResearchReimplementationsBibtex } from './rescience-bibtex.js';
import { parseRescienceYaml } from './rescience-yaml.js';

// What ../shared/fixtures/SOURCES.md says each ReScience / MLRC file holds. The
// files carry real people's emails and ORCIDs: asserted here by shape, never copied.

const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

function byRef(result: ParseResult): Map<string, ImportedReimplementation> {
  return new Map(result.records.map((record) => [record.sourceRef, record as ImportedReimplementation]));
}

const names = (record: ImportedReimplementation | undefined) => record?.authors.map((author) => author.name) ?? [];

describe.skipIf(!hasFixtures)('ReScience corpus', () => {
  describe('MLRC 2020 all_articles.bib', () => {
    let result: ParseResult;
    let records: Map<string, ImportedReimplementation>;
    beforeAll(() => {
      result = parseResearchReimplementationsBibtex(fixture('reimpl_mlrc2020_rescience_all_articles.bib'));
      records = byRef(result);
    });

    it('imports the 23 replications and skips the editorial', () => {
      expect(result.format).toBe('rescience-bibtex');
      expect(result.records).toHaveLength(23);
      expect(result.skipped).toEqual([{ sourceRef: 'Sinha:2021', reason: 'entry Sinha:2021: editorial, not a replication' }]);
      expect(result.warnings).toEqual([]);
      for (const record of result.records as ImportedReimplementation[]) {
        expect(record).toMatchObject({ kind: 'reimplementation', official: false, year: 2021 });
        expect(record.repoUrl).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
        expect(record.paper.title).toBeTruthy();
        expect(record.links).toContainEqual({ url: expect.stringMatching(/^https:\/\/doi\.org\/10\.5281\/zenodo\.\d+$/), kind: 'page' });
      }
    });

    it('reads the citation key with a space and "Last, First" names', () => {
      const record = records.get('Balsells Rodas:2021');
      expect(names(record)).toEqual(['Carles Balsells Rodas', 'Oleguer Canal Anton', 'Federico Taschin']);
      expect(record?.paper.title).toBe('Hamiltonian Generative Networks');
    });

    it('keeps Turkish letters', () => {
      expect(names(records.get('Mentes:2021'))).toEqual(['Sami Menteş', 'Furkan Kınlı', 'Barış Özcan', 'Furkan Kıraç']);
    });

    it('repairs the "https:/github.com" URL and the broken Software Heritage id', () => {
      const record = records.get('Stephen:2021');
      expect(record?.repoUrl).toBe('https://github.com/alchemi5t/MNADrc');
      expect(record?.notes).toContain('code_url normalised from "https:/github.com/alchemi5t/MNADrc"');
      expect(record?.links).toContainEqual({ url: 'https://archive.softwareheritage.org/swh:1:dir:120b52bc3dfe115b3329698a39ea71c7cd5862d1', kind: 'code' });
      expect(records.get('Teule:2021')?.notes).toContain('Software Heritage swh:1:dir:7058002f161d29f18e52a18ebe326b7911b1b616');
    });

    it('drops the trailing ".git"', () => {
      expect(records.get('Li:2021')?.repoUrl).toBe('https://github.com/Celiali/FixMatch');
    });

    it('keeps the OpenReview review and takes quoted original titles out of the report title', () => {
      expect(records.get('Albanis:2021')?.links).toContainEqual({ url: 'https://openreview.net/forum?id=PCpGvUrwfQB', kind: 'review' });
      expect(records.get('Deprez:2021')?.paper.title).toBe('Identifying through flows for recovering latent representations');
    });
  });

  describe('MLRC 2022 published.bib', () => {
    let result: ParseResult;
    let records: Map<string, ImportedReimplementation>;
    beforeAll(() => {
      result = parseResearchReimplementationsBibtex(fixture('reimpl_mlrc2022_rescience_published.bib'));
      records = byRef(result);
    });

    it('imports 45 of the 46 articles: the editorial with the empty code_url is skipped', () => {
      expect(result.records).toHaveLength(45);
      expect(result.skipped).toEqual([{ sourceRef: 'Sinha:2023', reason: 'entry Sinha:2023: editorial, not a replication' }]);
    });

    it('keeps Bosnian and Serbian letters', () => {
      expect(names(records.get('Omeragic:2023'))).toEqual(['Ermin Omeragić', 'Vuk Đuranović']);
      expect(records.get('Omeragic:2023')?.paper.title).toBe('G-Mixup: Graph Data Augmentation for Graph Classification');
    });

    it('finds the people who also appear in 2020', () => {
      expect(names(records.get('Erkol:2023'))).toEqual(expect.arrayContaining(['Furkan Kınlı', 'Barış Özcan', 'Furkan Kıraç']));
    });

    it('reads the three "[¬Re]" articles as not reproduced, the others as reproduced', () => {
      const verdicts = (result.records as ImportedReimplementation[]).map((record) => record.reproduced);
      expect(verdicts.filter((verdict) => verdict === false)).toHaveLength(3);
      expect(verdicts.filter((verdict) => verdict === true)).toHaveLength(42);
      expect(records.get('Cordaro:2023')).toMatchObject({ reproduced: false, paper: { title: 'G-Mixup: Graph Data Augmentation for Graph Classification' } });
    });

    it('keeps Software Heritage ids with qualifiers and drops ".git"', () => {
      expect(records.get('Dubbeldam:2023')?.notes).toContain('Software Heritage swh:1:dir:691b7400b38017cfe651a59735dc715755388c4d;origin=https://github.com/JonaRuthardt/MLRC-CartoonX');
      expect(records.get('Bose:2023')?.repoUrl).toBe('https://github.com/indianspeedster/mlr_2022');
      expect((result.records as ImportedReimplementation[]).some((record) => record.repoUrl.endsWith('.git'))).toBe(false);
    });
  });

  describe('metadata.yaml', () => {
    it('reads the Albanis report: six authors with ORCID, email and resolved affiliation, the contact author, code and the CVPR paper', () => {
      const result = parseRescienceYaml(fixture('reimpl_mlrc2020_albanis_metadata.yaml'));
      expect(result.format).toBe('rescience-yaml');
      expect(result.skipped).toEqual([]);
      const [record] = result.records as ImportedReimplementation[];
      expect(record.authors).toHaveLength(6);
      expect(record.authors[0].name).toBe('Georgios Albanis');
      for (const author of record.authors) {
        expect(author.ids.orcid).toMatch(ORCID);
        expect(author.ids.emails).toEqual([expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/)]);
        expect(author.affiliations).toEqual(['Centre for Research and Technology Hellas']);
      }
      expect(record.notes).toContain(`contact author: ${record.authors[0].name}`);
      expect(record).toMatchObject({
        repoUrl: 'https://github.com/tzole1155/EndToEndObjectPose',
        reproduced: true,
        framework: 'pytorch',
        year: 2021,
        paper: {
          title: 'End-to-end learnable geometric vision by backpropagating PnP optimization',
          ids: { doi: '10.1109/CVPR42600.2020.00812' },
          url: expect.stringMatching(/^https:\/\/openaccess\.thecvf\.com\//),
        },
      });
      expect(record.links).toContainEqual({ url: 'https://archive.softwareheritage.org/swh:1:dir:5e754c06b0dac970857b31733766fb9a268edee6', kind: 'code' });
      expect(record.links).toContainEqual({ url: 'https://openreview.net/forum?id=PCpGvUrwfQB', kind: 'review' });
    });

    it('reads the Holdijk report: an APA citation, the arXiv id from the URL, no DOI, the unindented abstract accepted', () => {
      const result = parseRescienceYaml(fixture('reimpl_mlrc2020_holdijk_metadata.yaml'));
      const [record] = result.records as ImportedReimplementation[];
      expect(names(record)).toEqual(['Lars Holdijk', 'Maarten Boon', 'Stijn Henckens', 'Lysander de Jong']);
      expect(record.authors.every((author) => ORCID.test(author.ids.orcid ?? '') && author.affiliations[0] === 'University of Amsterdam')).toBe(true);
      expect(record.paper).toEqual({ title: 'Parameterized explainer for graph neural network', ids: { arxiv: '2011.04573' }, url: 'https://arxiv.org/abs/2011.04573' });
      expect(record.repoUrl).toBe('https://github.com/LarsHoldijk/RE-ParameterizedExplainerForGraphNeuralNetworks');
      expect(result.warnings).toEqual([expect.stringMatching(/^line 70: quoted value continues unindented/)]);
    });
  });
});
