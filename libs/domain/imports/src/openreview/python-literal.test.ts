import { describe, expect, it } from 'vitest';
import { parsePythonLiteral } from './python-literal.js';

describe('parsePythonLiteral', () => {
  it.each([
    ['[5, 6, 8]', [5, 6, 8]],
    ['[]', []],
    ['[ 3.5 , -1, 1e2, ]', [3.5, -1, 100]],
    ["['kw', \"Dale's Principle\"]", ['kw', "Dale's Principle"]],
    ["['it\\'s', 'tab\\there', 'caf\\xe9', '\\u00fc', 'back\\\\slash']", ["it's", 'tab\there', 'café', 'ü', 'back\\slash']],
    ["['unknown \\d escape']", ['unknown \\d escape']],
    ["r'raw \\n'", 'raw \\n'],
    ["u'unicode'", 'unicode'],
    ['(1, 2)', [1, 2]],
    [
      '[[1, 2], [True, False, None]]',
      [
        [1, 2],
        [true, false, null],
      ],
    ],
    ["['Zoë', '$k$-means', '“curly”']", ['Zoë', '$k$-means', '“curly”']],
  ])('reads %s', (source, expected) => {
    expect(parsePythonLiteral(source)).toEqual(expected);
  });

  it.each([
    ['[5, 6', /ends early/],
    ["['open", /never closed/],
    ['[1 2]', /expected "," or "]"/],
    ['__import__("os").system("rm -rf /")', /unexpected "_"/],
    ['[1], 2', /unexpected text after the value/],
    ["'\\x4'", /bad \\x escape/],
    ['', /ends early/],
  ])('refuses %j without evaluating it', (source, message) => {
    expect(() => parsePythonLiteral(source)).toThrow(message);
  });
});
