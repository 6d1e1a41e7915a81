import { describe, expect, it } from 'vitest';
import { sharedVenue, venueFromBibtex, venueFromLocator } from './venue-guess.js';

describe('venueFromLocator', () => {
  it.each([
    ['https://iclr.cc/virtual/2018/poster/307', { venue: 'ICLR', year: 2018 }],
    ['https://nips.cc/virtual/2017/oral/10008', { venue: 'NeurIPS', year: 2017 }],
    ['https://neurips.cc/virtual/2023/poster/1', { venue: 'NeurIPS', year: 2023 }],
    ['https://icml.cc/virtual/2021/spotlight/9', { venue: 'ICML', year: 2021 }],
    ['https://papers.nips.cc/paper_files/paper/2017/file/3a20-Paper.pdf', { venue: 'NeurIPS', year: 2017 }],
    ['ICLR.cc/2018/Conference/Paper1107/Authors', { venue: 'ICLR', year: 2018 }],
  ])('reads %s', (locator, expected) => {
    expect(venueFromLocator(locator)).toEqual(expected);
  });

  it('finds nothing in an OpenReview forum link', () => {
    expect(venueFromLocator('https://openreview.net/forum?id=B11bwYgfM')).toBeNull();
  });
});

describe('venueFromBibtex', () => {
  it('reads booktitle or journal with the year, canonical where known', () => {
    expect(venueFromBibtex('@inproceedings{x,\nbooktitle={International Conference on Learning Representations},\nyear={2018}\n}')).toEqual(
      {
        venue: 'ICLR',
        year: 2018,
      },
    );
    expect(venueFromBibtex('@article{x, journal = "Some Journal", year = 2001}')).toEqual({ venue: 'Some Journal', year: 2001 });
    expect(venueFromBibtex('@misc{x,\ntitle={T},\nyear={2018}\n}')).toBeNull();
  });
});

describe('sharedVenue', () => {
  it('is the one venue all records agree on, else null', () => {
    const iclr = { venue: 'ICLR', year: 2018 };
    expect(sharedVenue([iclr, null, { ...iclr }])).toEqual(iclr);
    expect(sharedVenue([iclr, { venue: 'ICLR', year: 2019 }])).toBeNull();
    expect(sharedVenue([null, null])).toBeNull();
  });
});
