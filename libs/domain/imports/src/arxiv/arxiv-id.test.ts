import { describe, expect, it } from 'vitest';
import { parseArxivId } from './arxiv-id.js';

describe('parseArxivId', () => {
  it.each([
    ['http://arxiv.org/abs/1201.4869v1', { id: '1201.4869', version: 'v1' }],
    ['https://arxiv.org/abs/2202.12139v12', { id: '2202.12139', version: 'v12' }],
    ['http://arxiv.org/abs/cond-mat/0412498v1', { id: 'cond-mat/0412498', version: 'v1' }],
    ['http://arxiv.org/abs/hep-ph/0301050v2', { id: 'hep-ph/0301050', version: 'v2' }],
    ['http://arxiv.org/abs/math.AG/0601001', { id: 'math.AG/0601001', version: null }],
    ['https://arxiv.org/pdf/1810.10559v5.pdf', { id: '1810.10559', version: 'v5' }],
    ['arXiv:0704.0001', { id: '0704.0001', version: null }],
    ['1711.10485', { id: '1711.10485', version: null }],
  ])('reads %s', (raw, expected) => {
    expect(parseArxivId(raw)).toEqual(expected);
  });

  it.each(['https://arxiv.org/api/errors#incorrect_id_format_for_abc', 'abc', '', null, 'https://example.org/abs/1201.4869'])(
    'finds no id in %j',
    (raw) => {
      expect(parseArxivId(raw)).toBeNull();
    },
  );
});
