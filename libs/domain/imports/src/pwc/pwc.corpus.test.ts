import { describe, expect, it } from 'vitest';
import type { ImportedReimplementation } from '../model.js';
import { fixture, hasFixtures } from '../test-support/fixtures.js';
import { parsePwcLinks } from './links.js';

describe.skipIf(!hasFixtures)('parsePwcLinks on the real Papers-with-Code links', () => {
  const result = hasFixtures ? parsePwcLinks(fixture('pwc_links_between_papers_and_code_part1_46.json')) : null;
  const links = (result?.records ?? []) as ImportedReimplementation[];

  it('reads all 46 links: 13 official, 33 independent', () => {
    expect(links).toHaveLength(46);
    expect(result?.skipped).toEqual([]);
    expect(links.filter((l) => l.official)).toHaveLength(13);
    expect(links.filter((l) => !l.official)).toHaveLength(33);
  });

  it('keeps the 5 papers without an arXiv id (ACL Anthology)', () => {
    const noArxiv = links.filter((l) => !l.paper.ids.arxiv);
    expect(noArxiv).toHaveLength(5);
    expect(noArxiv.every((l) => l.paper.url?.startsWith('https://aclanthology.org/'))).toBe(true);
  });

  it('reads frameworks, with "none" as no framework, and names no authors', () => {
    const frameworks = links.map((l) => l.framework);
    expect(frameworks.filter((f) => f === null)).toHaveLength(23);
    expect(new Set(frameworks.filter(Boolean))).toEqual(new Set(['tf', 'pytorch', 'caffe2']));
    expect(links.every((l) => l.authors.length === 0 && l.reproduced === null)).toBe(true);
    expect(links.every((l) => /^https:\/\/github\.com\/[^/]+\/[^/]+/.test(l.repoUrl))).toBe(true);
    // A link into a sub-folder of a model zoo keeps its path.
    expect(links.map((l) => l.repoUrl)).toContain(
      'https://github.com/leondgarse/keras_cv_attention_models/tree/main/keras_cv_attention_models/mobilenetv3_family',
    );
  });
});
