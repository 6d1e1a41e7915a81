import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../model.js';
import { lineAt, readJson, str } from './read-json.js';

function errorOf(fn: () => unknown): ImportFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error('expected an ImportFormatError');
}

describe('readJson', () => {
  it('reads JSON, byte-order mark and all', () => {
    expect(readJson('\uFEFF[1, {"a": "b"}]', 'a list')).toEqual([1, { a: 'b' }]);
  });

  it('refuses an empty file', () => {
    expect(errorOf(() => readJson('  \n', 'a list')).message).toBe('the file is empty; expected a list');
  });

  it('calls a cut-off file truncated and points at its last line', () => {
    const error = errorOf(() => readJson('[\n  {"a": 1},\n  {"a": "tw', 'a list'));
    expect(error.message).toBe('the a list ends early (truncated download?) (line 3)');
    expect(error.line).toBe(3);
    expect(errorOf(() => readJson('[1, 2,', 'a list')).message).toMatch(/ends early/);
  });

  it('refuses broken JSON with the line where parsing stopped', () => {
    const error = errorOf(() => readJson('[\n  {"a": 1}\n  {"a": 2}\n]', 'a list'));
    expect(error.message).toMatch(/^not valid JSON, so not a list/);
    expect(error.line).toBe(3);
  });
});

describe('lineAt and str', () => {
  it('counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });

  it('keeps only non-blank strings, trimmed', () => {
    expect(str('  x ')).toBe('x');
    expect(str('  ')).toBeNull();
    expect(str(3)).toBeNull();
    expect(str(null)).toBeNull();
  });
});
