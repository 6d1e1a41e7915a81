import { describe, expect, it } from 'vitest';
import { readListView, toCandidateQuery, writeListView } from './candidateListParams';

describe('the candidate list view in the URL', () => {
  it('round-trips every filter and leaves defaults out', () => {
    const params = new URLSearchParams(
      'q=ada&channel=paper&venue=NeurIPS&tier=2&hasFirstAuthorTopTier=true&hasReproducedReimplementation=true&archived=true&sort=creditAdjusted&order=asc',
    );
    expect(writeListView(readListView(params)).toString()).toBe(params.toString());
    expect(writeListView(readListView(new URLSearchParams('sort=name&order=asc'))).toString()).toBe('');
  });

  it('ignores values the API would refuse, so a hand-edited link still opens', () => {
    const view = readListView(new URLSearchParams('channel=carrier-pigeon&tier=7&sort=height&order=sideways&archived=yes'));
    expect(toCandidateQuery(view)).toEqual({ sort: 'name', order: 'asc' });
  });

  it('defaults to best first for numbers and dates', () => {
    expect(readListView(new URLSearchParams('sort=createdAt')).order).toBe('desc');
  });
});
