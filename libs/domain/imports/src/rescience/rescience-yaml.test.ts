import { describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportedReimplementation } from '../model.js';
import { indentQuotedContinuations, parseRescienceYaml, titleFromCitation } from './rescience-yaml.js';

// Invented people in the layout of ReScience C's metadata.yaml template
// (0000-0002-1825-0097 is ORCID's own example id).
const METADATA = `# To be filled by the author(s) at the time of submission
title: "[Re] Learning {PnP} Things Quickly"

authors:
  - name: Ana Rivera
    orcid: 0000-0002-1825-0097
    email: ana@example.org
    affiliations: 1,* # * is for contact author

  - name: Tomás Quintero
    orcid:
    email: not-an-email
    affiliations: 1,2

affiliations:
  - code:    1
    name:    Example Institute of Technology
    address: Springfield
  - code:    2
    name:    Equal contributions
  # - code:    3
  #   name:    Commented Out University

keywords: rescience c, rescience x , python, pytorch

code:
  - url: https:/github.com/example/learning-things.git
  - doi:
  - swh: swh:1:dir:5e754c06b0dac970857b31733766fb9a268edee6

data:
  - url: https://example.org/data/
  - doi:

replication:
 - cite: "rivera2020things,
          title={Learning Things Quickly via {PnP}},
          author={Smith, Jo and Doe, Jane},
          booktitle={Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition},
          year={2020}" # Full textual citation
 - bib: rivera2020things
 - url: https://arxiv.org/abs/2011.04573v2
 - doi: 10.1109/CVPR.2020.00001 # Regular digital object identifier

abstract: "
Scope of Reproducibility
We reproduce \\textit{Learning Things Quickly}.

Results
It worked. "

type: Replication
domain: "ML Reproducibility Challenge 2020"
language: Python

review:
  - url: https://openreview.net/forum?id=AbCdEf

contributors:
  - name: Some Editor,\\\\ Another Editor
    orcid:
    role: editor

dates:
  - received:  January 29, 2021
  - accepted:  April 1, 2021
  - published: May 27, 2021

article:
  - number: 2 # Article number will be automatically assigned during publication
  - doi: 10.5281/zenodo.1111111   # DOI from Zenodo
  - url: https://zenodo.org/record/1111111/files/article.pdf

journal:
  - name:   "ReScience C"
  - issn:   2430-3658
  - volume: 7
  - issue:  2
`;

function only(text: string): ImportedReimplementation {
  const result = parseRescienceYaml(text);
  expect(result.skipped).toEqual([]);
  expect(result.records).toHaveLength(1);
  return result.records[0] as ImportedReimplementation;
}

describe('parseRescienceYaml', () => {
  it('reads the report: authors with ORCID, email and affiliations, code, links, the replicated paper', () => {
    const result = parseRescienceYaml(METADATA);
    expect(result.format).toBe('rescience-yaml');
    expect(result.warnings).toEqual(['line 46: quoted value continues unindented (accepted as PyYAML does)']);
    expect(result.records).toEqual([
      {
        kind: 'reimplementation',
        sourceRef: '10.5281/zenodo.1111111',
        repoUrl: 'https://github.com/example/learning-things',
        paper: {
          title: 'Learning Things Quickly via PnP',
          ids: { arxiv: '2011.04573', doi: '10.1109/CVPR.2020.00001' },
          url: 'https://arxiv.org/abs/2011.04573v2',
        },
        official: false,
        reproduced: true,
        framework: 'pytorch',
        authors: [
          { name: 'Ana Rivera', ids: { orcid: '0000-0002-1825-0097', emails: ['ana@example.org'] }, affiliations: ['Example Institute of Technology'] },
          { name: 'Tomás Quintero', ids: {}, affiliations: ['Example Institute of Technology', 'Equal contributions'] },
        ],
        year: 2021,
        links: [
          { url: 'https://zenodo.org/record/1111111/files/article.pdf', kind: 'page' },
          { url: 'https://doi.org/10.5281/zenodo.1111111', kind: 'page' },
          { url: 'https://openreview.net/forum?id=AbCdEf', kind: 'review' },
          { url: 'https://archive.softwareheritage.org/swh:1:dir:5e754c06b0dac970857b31733766fb9a268edee6', kind: 'code' },
          { url: 'https://example.org/data/', kind: 'other' },
        ],
        notes:
          'ReScience C 7(2) #2 "[Re] Learning PnP Things Quickly"; contact author: Ana Rivera; code url normalised from "https:/github.com/example/learning-things.git"; Software Heritage swh:1:dir:5e754c06b0dac970857b31733766fb9a268edee6',
      },
    ]);
  });

  it('takes the original title from an APA citation and the arXiv id from it when there is no URL', () => {
    const record = only(
      METADATA.replace(/replication:\n[\s\S]*?(?=\nabstract:)/, [
        'replication:',
        ' - cite: Smith, J., & Doe, J. (2020). Parameterized things for graph networks. arXiv preprint arXiv:2011.04573.',
        ' - bib:  smith2020things',
        ' - url:',
        ' - doi:  # Regular digital object identifier',
        '',
      ].join('\n')),
    );
    expect(record.paper).toEqual({ title: 'Parameterized things for graph networks', ids: { arxiv: '2011.04573' }, url: null });
  });

  it('falls back to the report title when the citation gives no title', () => {
    const record = only(METADATA.replace(/ - cite: "[\s\S]*?# Full textual citation/, ' - cite: see the bibliography'));
    expect(record.paper.title).toBe('Learning PnP Things Quickly');
  });

  it('warns about an affiliation code that is not listed', () => {
    const result = parseRescienceYaml(METADATA.replace('affiliations: 1,2', 'affiliations: 1,3'));
    expect(result.warnings).toContain('author Tomás Quintero: affiliation code "3" is not listed');
  });

  it('skips an editorial and a report without a code URL', () => {
    expect(parseRescienceYaml(METADATA.replace('type: Replication', 'type: Editorial')).skipped).toEqual([
      { sourceRef: '10.5281/zenodo.1111111', reason: 'article 10.5281/zenodo.1111111: editorial, not a replication' },
    ]);
    expect(parseRescienceYaml(METADATA.replace('  - url: https:/github.com/example/learning-things.git', '  - url:')).skipped).toEqual([
      { sourceRef: '10.5281/zenodo.1111111', reason: 'article 10.5281/zenodo.1111111: no code url' },
    ]);
  });

  it('refuses YAML that does not parse, with the line', () => {
    const error = (() => {
      try {
        parseRescienceYaml('title: "[Re] X"\nauthors:\n  - name: [unclosed\n');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).message).toMatch(/^not valid YAML: /);
    expect((error as ImportFormatError).line).toBeGreaterThan(0);
  });

  it('refuses an alias with no anchor as invalid YAML, not with a ReferenceError', () => {
    expect(() => parseRescienceYaml('*undefined-alias')).toThrow(/^not valid YAML: Unresolved alias/);
    expect(() => parseRescienceYaml('*undefined-alias')).toThrow(ImportFormatError);
  });

  it.each(['- just\n- a list\n', 'title: only a title\n', '@article{k, title={BibTeX}}'])('refuses %j as not ReScience metadata', (text) => {
    expect(() => parseRescienceYaml(text)).toThrow(ImportFormatError);
  });
});

describe('titleFromCitation', () => {
  it('reads BibTeX fields without the "@type{" and decodes them', () => {
    expect(titleFromCitation('chen2020end,\n title={End-to-end {PnP} Learning},\n author={Smith, Jo},\n year={2020}')).toBe('End-to-end PnP Learning');
  });

  it('reads an APA reference', () => {
    expect(titleFromCitation('Smith, J., Doe, J. (2020). A study of things. arXiv preprint arXiv:2011.04573.')).toBe('A study of things');
  });

  it('gives null when it finds no title', () => {
    expect(titleFromCitation('see the bibliography')).toBeNull();
  });
});

describe('indentQuotedContinuations', () => {
  it('indents the unindented lines of a multi-line quoted value only', () => {
    const { text, firstLine } = indentQuotedContinuations('a: "\nfirst\n\nlast "\nb: c\n');
    expect(text).toBe('a: "\n  first\n\n  last "\nb: c\n');
    expect(firstLine).toBe(2);
  });

  it('leaves closed quoted values alone', () => {
    expect(indentQuotedContinuations('a: "x"\nb: y\n')).toEqual({ text: 'a: "x"\nb: y\n', firstLine: null });
  });
});
