import { describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportedPaper, type ParseResult } from '../model.js';
import { parseBibtex } from './parse-bibtex.js';

function papers(result: ParseResult): ImportedPaper[] {
  return result.records.filter((record): record is ImportedPaper => record.kind === 'paper');
}

function only(text: string, options = {}): ImportedPaper {
  const result = parseBibtex(text, options);
  expect(result.skipped).toEqual([]);
  expect(result.records).toHaveLength(1);
  return papers(result)[0];
}

const names = (paper: ImportedPaper) => paper.authors.map((author) => author.name);

function formatError(run: () => unknown): ImportFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error('expected an ImportFormatError');
}

describe('parseBibtex: a proceedings entry', () => {
  const NEURIPS = `@inproceedings{NEURIPS2019_00989c20,
    author = {Rivera, Ana and Okafor, Daniel and Lindqvist, Per},
    booktitle = {Advances in Neural Information Processing Systems},
    editor = {Mara K. Example and Hélène d'Exemple-Buc},
    pages = {14963--14974},
    title = {Compositional Plan Vectors},
    url = {https://proceedings.neurips.cc/paper/2019/file/00989c20-Paper.pdf},
    year = {2019}
}`;

  it('becomes a paper with canonical venue, numeric year, ordered authors and its links', () => {
    expect(only(NEURIPS)).toEqual({
      kind: 'paper',
      sourceRef: 'NEURIPS2019_00989c20',
      title: 'Compositional Plan Vectors',
      venue: 'NeurIPS',
      year: 2019,
      acceptance: 'accepted',
      authors: [
        { name: 'Ana Rivera', ids: {}, affiliations: [] },
        { name: 'Daniel Okafor', ids: {}, affiliations: [] },
        { name: 'Per Lindqvist', ids: {}, affiliations: [] },
      ],
      authorsTruncated: false,
      ids: { bibtexKey: 'NEURIPS2019_00989c20' },
      links: [{ url: 'https://proceedings.neurips.cc/paper/2019/file/00989c20-Paper.pdf', kind: 'pdf' }],
    });
  });

  it('reads PMLR url and pdf fields as page and pdf links', () => {
    const paper = only(`@inproceedings{pmlr-v80-abel18a,
    author = {Marsh, Tobias},
    booktitle = {Proceedings of the 35th International Conference on Machine Learning},
    pdf = {http://proceedings.mlr.press/v80/abel18a/abel18a.pdf},
    series = {Proceedings of Machine Learning Research},
    title = {State Abstractions for Lifelong Reinforcement Learning},
    url = {http://proceedings.mlr.press/v80/abel18a.html},
    year = {2018}
}`);
    expect(paper.venue).toBe('ICML');
    expect(paper.links).toEqual([
      { url: 'http://proceedings.mlr.press/v80/abel18a.html', kind: 'page' },
      { url: 'http://proceedings.mlr.press/v80/abel18a/abel18a.pdf', kind: 'pdf' },
    ]);
  });
});

describe('parseBibtex: names and LaTeX', () => {
  it('decodes accents in every spelling and reads "Last, First" and "First Last" alike', () => {
    const paper = only(`@article{k,
  author = {Sch{\\"o}nfeld, Berta and L{\\'e}a Martin and Martin, L{\\'{e}}a and Br{\\"u}ckner, Jonas and Wi{\\'s}niewska, Ewa and Stanis{\\l}aw Zi{\\k{e}}ba},
  title = {T},
  journal = {Journal of Machine Learning Research},
  year = 2016
}`);
    expect(names(paper)).toEqual(['Berta Schönfeld', 'Léa Martin', 'Léa Martin', 'Jonas Brückner', 'Ewa Wiśniewska', 'Stanisław Zięba']);
  });

  it('keeps particles and suffixes, and corporate names whole', () => {
    const paper = only('@misc{k, title = {T}, author = {van den Berg, Anton and Stone, Jr., Marcus and {Example Lab} and WANG, LI}, year = {2020}}');
    expect(names(paper)).toEqual(['Anton van den Berg', 'Marcus Stone Jr.', 'Example Lab', 'LI WANG']);
  });

  it('marks "and others" as a truncated author list and leaves "others" out', () => {
    const paper = only('@article{k, title = {T}, author = {Nakamura, Yui and Laurent, Pascal and others}, journal = {NIPS}, year = {2007}}');
    expect(names(paper)).toEqual(['Yui Nakamura', 'Pascal Laurent']);
    expect(paper.authorsTruncated).toBe(true);
  });

  it('reads a DBLP author list continued over several lines', () => {
    const paper = only(`@article{LDAM,
  author    = {Mei Chen and
               Nikos Ar{\\'{e}}valo and
               Hae{-}Won Park},
  title     = {Learning Imbalanced Datasets with Label-Distribution-Aware Margin
               Loss},
  journal   = {CoRR},
  year      = {2019}
}`);
    expect(names(paper)).toEqual(['Mei Chen', 'Nikos Arévalo', 'Hae-Won Park']);
    expect(paper.title).toBe('Learning Imbalanced Datasets with Label-Distribution-Aware Margin Loss');
  });

  it('removes protective braces and markup from titles and decodes commands', () => {
    const paper = only(
      '@article{k, author = {A, B}, journal = {J}, title = {{[Re] On end-to-end 6{DoF} pose} with \\emph{deep} {B}ayes, $\\mathcal{O}(n^2)$ \\& few{\\%}}}',
    );
    expect(paper.title).toBe('[Re] On end-to-end 6DoF pose with deep Bayes, O(n²) & few%');
  });

  it('reads a stray control space in a title as a space', () => {
    expect(only('@inproceedings{k, author = {A, B}, booktitle = {NIPS}, title = {Comparing distributions: \\ ell_1 geometry}}').title).toBe(
      'Comparing distributions: ell_1 geometry',
    );
  });
});

describe('parseBibtex: @string macros', () => {
  it('resolves the file’s own macros, concatenation and month names', () => {
    const paper = only(`@string{nips = "Advances in Neural Information " # "Processing Systems"}
@inproceedings{k, author = {A, B}, title = {T}, booktitle = nips, month = dec, year = 2017}`);
    expect(paper.venue).toBe('NeurIPS');
    expect(paper.year).toBe(2017);
  });

  it('resolves bare macros from a separate macros file', () => {
    const result = parseBibtex('@Article{Doe2017,\n author = {Doe, Jane},\n title = {T},\n journal = icml,\n year = {2017},\n}', {
      bibtexMacros: '@string{icml  = "Proceedings of the International Conference on Machine Learning"}\n@string{iclr = "International Conference on Learning Representations"}',
    });
    expect(papers(result)[0].venue).toBe('ICML');
    expect(result.warnings).toEqual([]);
  });

  it('lets the file’s own definition win over the macros file', () => {
    const paper = only('@string{conf = "Computer Vision and Pattern Recognition (CVPR)"}\n@article{k, author = {A, B}, title = {T}, journal = conf}', {
      bibtexMacros: '@string{conf = "International Conference on Learning Representations"}',
    });
    expect(paper.venue).toBe('CVPR');
  });

  it('imports an entry with an undefined macro, keeping the macro name as the venue, with a warning', () => {
    const result = parseBibtex('\n@article{Quinn2017,\n author = {Quinn, Alex B.},\n title = {Deep Variational Information Bottleneck},\n journal = tmlrx,\n year = {2017}\n}');
    expect(papers(result)[0]).toMatchObject({ title: 'Deep Variational Information Bottleneck', venue: 'tmlrx', acceptance: 'accepted' });
    expect(result.warnings).toEqual(['entry Quinn2017 (line 2): undefined @string macro "tmlrx" kept as text']);
  });

  it('still canonicalises an undefined macro that names a venue', () => {
    const result = parseBibtex('@article{k, author = {A, B}, title = {T}, journal = icml}');
    expect(papers(result)[0].venue).toBe('ICML');
    expect(result.warnings).toHaveLength(1);
  });
});

describe('parseBibtex: file structure', () => {
  it('ignores @comment entirely, even one holding an entry and an unbalanced brace', () => {
    const result = parseBibtex(`@comment{@InProceedings{pmlr-v80-ye18c,
  title = {Rectify Heterogeneous Models},
  abstract = {Reused by our REctiFy via heterOgeneous pRedictor Mapping (REFORM}) framework.}
}}

@inproceedings{pmlr-v80-abeille18a,
    author = {Fontaine, Marc},
    booktitle = {Proceedings of the 35th International Conference on Machine Learning},
    title = {Improved Regret Bounds},
    year = {2018}
}`);
    expect(result.records.map((record) => record.sourceRef)).toEqual(['pmlr-v80-abeille18a']);
    expect(result.warnings).toEqual(["unbalanced '}' inside @comment at line 1 ignored"]);
  });

  it('applies @preamble commands', () => {
    const paper = only('@preamble{"\\newcommand{\\RL}{Reinforcement Learning}"}\n@article{k, author = {A, B}, journal = {J}, title = {Deep \\RL{} at scale}}');
    expect(paper.title).toBe('Deep Reinforcement Learning at scale');
  });

  it('reads tab-indented entries and citation keys with spaces', () => {
    const paper = only('@Article {Garcia Lopez:2021,\n\tauthor =\t{Garcia Lopez, Carla},\n\ttitle =\t{{[Re] Hamiltonian Generative Networks}},\n\tjournal = {ReScience C},\n\tyear = {2021}\n}');
    expect(paper).toMatchObject({ sourceRef: 'Garcia Lopez:2021', ids: { bibtexKey: 'Garcia Lopez:2021' }, title: '[Re] Hamiltonian Generative Networks' });
    expect(names(paper)).toEqual(['Carla Garcia Lopez']);
  });

  it('inherits booktitle and year through crossref and skips the proceedings volume', () => {
    const result = parseBibtex(`@inproceedings{DBLP:conf/icml/Paper18,
  author = {Ada Lovelace},
  title = {A Paper},
  crossref = {DBLP:conf/icml/2018}
}
@proceedings{DBLP:conf/icml/2018,
  editor = {Jane Editor and Andrew Editor},
  title = {Proceedings of the 35th International Conference on Machine Learning, {ICML} 2018},
  series = {Proceedings of Machine Learning Research},
  year = {2018}
}`);
    expect(papers(result)).toHaveLength(1);
    expect(papers(result)[0]).toMatchObject({ venue: 'ICML', year: 2018, acceptance: 'accepted', ids: { dblpKey: 'conf/icml/Paper18' } });
    expect(result.skipped).toEqual([{ sourceRef: 'DBLP:conf/icml/2018', reason: 'entry DBLP:conf/icml/2018: a @proceedings volume, not a paper' }]);
  });

  it('warns about a crossref to an entry the file does not hold', () => {
    const result = parseBibtex('@inproceedings{k, author = {A, B}, title = {T}, booktitle = {ICML}, crossref = {missing}}');
    expect(result.warnings).toEqual(['entry k: crossref "missing" not found in the file']);
  });

  it('warns about a key used twice and keeps both entries', () => {
    const result = parseBibtex('@misc{dup, author = {A, B}, title = {One}}\n@misc{dup, author = {A, B}, title = {Two}}');
    expect(result.records).toHaveLength(2);
    expect(result.warnings).toEqual(['entry dup (line 2): the key is used before, at line 1']);
  });

  it('reads Windows line endings, a byte-order mark, parenthesised @string and a year with a suffix', () => {
    const text = '\uFEFF@STRING(cvpr = "Computer Vision and Pattern Recognition")\r\n\r\n@InProceedings{k,\r\n  author = {Rivera, Ana},\r\n  title = {T},\r\n  booktitle = cvpr,\r\n  year = {2019a}\r\n}\r\n';
    const result = parseBibtex(text);
    expect(papers(result)[0]).toMatchObject({ venue: 'CVPR', year: 2019, title: 'T' });
    expect(result.warnings).toEqual([]);
  });

  it('warns about an @string it cannot read and goes on', () => {
    const result = parseBibtex('@string{broken "no equals sign"}\n@misc{k, author = {A, B}, title = {T}}');
    expect(result.records).toHaveLength(1);
    expect(result.warnings).toEqual([expect.stringMatching(/^line 1: @string not read \(.+\)$/)]);
  });

  it('returns no records, with a warning, for a file of macros only', () => {
    expect(parseBibtex('@string{icml = "ICML"}')).toEqual({
      format: 'bibtex',
      records: [],
      skipped: [],
      warnings: ['no entries found (only @string, @preamble or @comment blocks)'],
    });
  });
});

describe('parseBibtex: acceptance', () => {
  it.each([
    ['journal = {CoRR}, volume = {abs/1906.07413}', 'preprint', 'arXiv'],
    ['journal = {arXiv preprint arXiv:1606.04934}', 'preprint', 'arXiv'],
    ['booktitle = {ICML Workshop on Invertible Neural Networks and Normalizing Flows}', 'workshop', 'ICML Workshop'],
    ['booktitle = {International Workshop on Reproducible Research in Pattern Recognition}', 'workshop', 'International Workshop on Reproducible Research in Pattern Recognition'],
    ['journal = {Acta Mathematica Hungarica}', 'accepted', 'Acta Mathematica Hungarica'],
    ['publisher = {MIT Press}', 'unknown', null],
    ['howpublished = {Github}, url = {https://github.com/facebookresearch/hydra}', 'unknown', null],
    ['eprint = {2004.00431}, archivePrefix = {arXiv}', 'preprint', null],
    ['note = {Manuscript}', 'unknown', null],
  ])('reads %s as %s', (fields, acceptance, venue) => {
    const paper = only(`@misc{k, author = {A, B}, title = {T}, ${fields}}`);
    expect([paper.acceptance, paper.venue]).toEqual([acceptance, venue]);
  });

  it('takes an @unpublished manuscript for a preprint', () => {
    expect(only('@unpublished{k, author = {A, B}, title = {T}, note = {Under review}}').acceptance).toBe('preprint');
  });
});

describe('parseBibtex: identifiers and links', () => {
  it('reads a DBLP CoRR entry: arXiv id from eprint, DBLP key from biburl, the URL as a page', () => {
    const paper = only(`@article{M2m,
  author    = {Jun Seo},
  title     = {M2m: Imbalanced Classification via Major-to-minor Translation},
  journal   = {CoRR},
  volume    = {abs/2004.00431},
  year      = {2020},
  url       = {https://arxiv.org/abs/2004.00431},
  eprinttype = {arXiv},
  eprint    = {2004.00431},
  biburl    = {https://dblp.org/rec/journals/corr/abs-2004-00431.bib}
}`);
    expect(paper.ids).toEqual({ arxiv: '2004.00431', dblpKey: 'journals/corr/abs-2004-00431', bibtexKey: 'M2m' });
    expect(paper.links).toEqual([{ url: 'https://arxiv.org/abs/2004.00431', kind: 'page' }]);
  });

  it('unescapes DOIs and URLs of DBLP exports', () => {
    const paper = only(`@inproceedings{DBLP:conf/ecdl/Field06,
  author    = {Nora Field},
  title     = {Lessons},
  booktitle = {ECDL},
  url       = {https://doi.org/10.1007/11863878\\_55},
  doi       = {10.1007/11863878\\_55}
}`);
    expect(paper.ids).toMatchObject({ doi: '10.1007/11863878_55', dblpKey: 'conf/ecdl/Field06' });
    expect(paper.links).toEqual([{ url: 'https://doi.org/10.1007/11863878_55', kind: 'page' }]);
  });

  it('takes the DOI from a doi.org URL when the entry has no doi field', () => {
    expect(only('@article{k, author = {A, B}, title = {T}, journal = {J}, url = {https://doi.org/10.1000/xyz123}}').ids.doi).toBe('10.1000/xyz123');
  });

  it('finds arXiv ids in a journal string, a CoRR volume and an arxiv.org URL; ignores a non-arXiv eprint', () => {
    const arxiv = (fields: string) => only(`@article{k, author = {A, B}, title = {T}, ${fields}}`).ids.arxiv;
    expect(arxiv('journal = {arxiv:1611.07800}')).toBe('1611.07800');
    expect(arxiv('journal = {CoRR}, volume = {abs/1605.07146}')).toBe('1605.07146');
    expect(arxiv('journal = {ICLR}, url = {https://arxiv.org/pdf/1705.07904v3.pdf}')).toBe('1705.07904');
    expect(arxiv('journal = {J}, eprint = {hal-01234567}, archiveprefix = {HAL}')).toBeUndefined();
  });

  it('marks repository URLs as code links', () => {
    expect(only('@misc{k, author = {Ori Example}, title = {Hydra}, url = {https://github.com/facebookresearch/hydra}}').links).toEqual([
      { url: 'https://github.com/facebookresearch/hydra', kind: 'code' },
    ]);
  });
});

describe('parseBibtex: entries that are not papers', () => {
  it('skips an entry without authors or without a title, naming the entry', () => {
    const result = parseBibtex(`@inproceedings{NEURIPS2019_08040837,
    author = {},
    booktitle = {Advances in Neural Information Processing Systems},
    title = {Visual Sequence Learning},
    year = {2019}
}
@misc{notitle, author = {Doe, Jane}, year = {2020}}
@misc{fine, author = {Doe, Jane}, title = {Fine}}`);
    expect(result.records.map((record) => record.sourceRef)).toEqual(['fine']);
    expect(result.skipped).toEqual([
      { sourceRef: 'NEURIPS2019_08040837', reason: 'entry NEURIPS2019_08040837: no authors' },
      { sourceRef: 'notitle', reason: 'entry notitle: no title' },
    ]);
  });

  it('names an entry without a key by its line', () => {
    const result = parseBibtex('\n\n@misc{title = {Anonymous}}');
    expect(result.skipped).toEqual([{ sourceRef: 'line 3', reason: 'entry line 3: no authors' }]);
  });

  it('skips an entry whose fields cannot be read and imports the rest', () => {
    const result = parseBibtex(`@article{good1, author = {A, B}, title = {One}, journal = {J}}

@article{broken,
  author = {C, D}
  title = {Missing comma}
}

@article{good2, author = {E, F}, title = {Two}, journal = {J}}`);
    expect(result.records.map((record) => record.sourceRef)).toEqual(['good1', 'good2']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0].sourceRef).toBe('broken');
    expect(result.skipped[0].reason).toMatch(/^entry broken \(line 3\): malformed fields \(.+\)$/);
  });
});

describe('parseBibtex: files refused as a whole', () => {
  it('refuses an unbalanced brace outside @comment, with the line of the entry', () => {
    const error = formatError(() =>
      parseBibtex('@article{a, author = {A, B}, title = {One}}\n@article{b,\n  author = {C, D},\n  title = {Two {unclosed},\n}\n@article{c, author = {E, F}, title = {Three}}'),
    );
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^unbalanced '\{' in entry b/);
  });

  it('refuses an extra closing brace between entries', () => {
    const error = formatError(() => parseBibtex('@article{a, author = {A, B}, title = {One}}}\n@article{c, author = {E, F}, title = {Three}}'));
    expect(error.message).toMatch(/^unbalanced '\}' outside any entry/);
    expect(error.line).toBe(1);
  });

  it('refuses a file truncated in the middle of an entry', () => {
    const error = formatError(() => parseBibtex('@article{a, author = {A, B}, title = {One}}\n\n@inproceedings{NEURIPS2019_x,\n    author = {Rivera, An'));
    expect(error).toMatchObject({ line: 3, message: 'file truncated: entry NEURIPS2019_x is not closed before the end of the file (line 3)' });
  });

  it.each(['', 'Just some notes about papers I liked.', '{"title": "JSON"}', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>'])('refuses %j', (text) => {
    expect(() => parseBibtex(text)).toThrow(ImportFormatError);
  });
});
