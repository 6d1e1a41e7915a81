import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../model.js';
import { findBlockEnd, scanBibtex } from './scan.js';

function formatError(run: () => unknown): ImportFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error('expected an ImportFormatError');
}

describe('scanBibtex', () => {
  it('splits entries, @string, @preamble and @comment blocks with their lines', () => {
    const { blocks, warnings } = scanBibtex(
      ['% a header comment', '@string{icml = "ICML"}', '@preamble{"\\newcommand{\\x}{y}"}', '', '@comment{anything}', '@article{a2019,', '  title = {A},', '}'].join('\n'),
    );
    expect(blocks.map((block) => [block.kind, block.type, block.line])).toEqual([
      ['string', 'string', 2],
      ['preamble', 'preamble', 3],
      ['comment', 'comment', 5],
      ['entry', 'article', 6],
    ]);
    expect(blocks[3]).toMatchObject({ key: 'a2019', fieldsText: '\n  title = {A},\n' });
    expect(warnings).toEqual([]);
  });

  it('keeps citation keys with spaces whole', () => {
    const { blocks } = scanBibtex('@Article {Balsells Rodas:2021,\n  title = {T}\n}');
    expect(blocks[0]).toMatchObject({ type: 'article', key: 'Balsells Rodas:2021' });
  });

  it('reads parenthesis-delimited entries and entries without a key', () => {
    const { blocks } = scanBibtex('@misc(k1, title = "a) b", note = {c)})\n@misc{title = {No key}}');
    expect(blocks.map((block) => [block.key, block.fieldsText.trim()])).toEqual([
      ['k1', 'title = "a) b", note = {c)}'],
      ['', 'title = {No key}'],
    ]);
  });

  it('ignores an "@" in a %-comment line between entries', () => {
    const { blocks } = scanBibtex('% mail me@example.org or see @article{fake,\n@misc{real, title={R}}');
    expect(blocks.map((block) => block.key)).toEqual(['real']);
  });

  it('ignores a @comment holding a whole entry and an unbalanced closing brace, with a warning', () => {
    const text = ['@comment{@InProceedings{x,', '  abstract = {text (REFORM}) more text.}', '}}', '', '@inproceedings{y, title = {Y}}'].join('\n');
    const { blocks, warnings } = scanBibtex(text);
    expect(blocks.filter((block) => block.kind === 'entry').map((block) => block.key)).toEqual(['y']);
    expect(warnings).toEqual(["unbalanced '}' inside @comment at line 1 ignored"]);
  });

  it('ends a @comment with an unclosed brace at the next entry, with a warning', () => {
    const { blocks, warnings } = scanBibtex('@comment{ draft { never closed\n@article{z, title = {Z}}\n');
    expect(blocks.filter((block) => block.kind === 'entry').map((block) => block.key)).toEqual(['z']);
    expect(warnings).toEqual(["unbalanced '{' inside @comment at line 1 ignored"]);
  });

  it('warns about an "@word" at a line start that opens nothing', () => {
    const { warnings } = scanBibtex('@misc{a, title={A}}\n@inpro');
    expect(warnings).toEqual(['line 2: "@inpro" does not open an entry and was ignored']);
  });

  it('refuses an entry whose brace never closes when entries follow, naming its line', () => {
    const error = formatError(() => scanBibtex('@misc{ok, title={A}}\n\n@article{broken,\n  title = {Unclosed {brace},\n}\n\n@article{next, title={B}}\n'));
    expect(error.line).toBe(3);
    expect(error.message).toContain("unbalanced '{' in entry broken");
    expect(error.message).toContain('from line 7');
  });

  it('refuses a file truncated inside an entry', () => {
    const error = formatError(() => scanBibtex('@misc{ok, title={A}}\n@inproceedings{cut,\n  title = {Half a ti'));
    expect(error.line).toBe(2);
    expect(error.message).toBe('file truncated: entry cut is not closed before the end of the file (line 2)');
  });

  it('refuses a stray closing brace outside any entry', () => {
    const error = formatError(() => scanBibtex('@article{early,\n  title = {A}},\n  author = {B}\n}\n'));
    expect(error.line).toBe(4);
    expect(error.message).toContain("unbalanced '}' outside any entry; entry early (line 1) probably closes too early");
  });

  it.each([
    ['', 'empty file: no BibTeX entries'],
    ['   \n\t', 'empty file: no BibTeX entries'],
    ['Title,Authors\nA paper,Someone', 'not BibTeX: no @entry{…} found'],
    ['{"papers": [{"email": "a@b.org"}]}', 'not BibTeX: the file looks like JSON (line 1)'],
    ['<?xml version="1.0"?><feed/>', 'not BibTeX: the file looks like XML or HTML (line 1)'],
  ])('refuses %j as not BibTeX', (text, message) => {
    expect(formatError(() => scanBibtex(text)).message).toBe(message);
  });
});

describe('findBlockEnd', () => {
  it('skips escaped braces and nests groups', () => {
    const text = '@a{k, t = {x \\} {y}}} tail';
    expect(findBlockEnd(text, 3, '{')).toBe(text.indexOf('} tail'));
  });

  it('returns -1 when the text ends first', () => {
    expect(findBlockEnd('@a{k, t = {x}', 3, '{')).toBe(-1);
  });
});
