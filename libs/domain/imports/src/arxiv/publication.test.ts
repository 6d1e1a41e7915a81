import { describe, expect, it } from 'vitest';
import { arxivPublication, journalVenue } from './publication.js';

describe('arxivPublication', () => {
  it('is null for a plain preprint', () => {
    expect(arxivPublication(null, null)).toBeNull();
    expect(arxivPublication(null, '10 pages, 11 figures; added reference')).toBeNull();
    expect(arxivPublication(null, 'Code at https://github.com/x/y')).toBeNull();
  });

  it('takes a journal reference as published, with a canonical name when the venue is known', () => {
    expect(arxivPublication('Phys. Rev. B 74, 024520 (2006)', '10 pages')).toEqual({ venue: 'Phys. Rev. B', acceptance: 'accepted' });
    expect(arxivPublication('Advances in Neural Information Processing Systems 33 (2020)', null)).toEqual({
      venue: 'NeurIPS',
      acceptance: 'accepted',
    });
    expect(arxivPublication('Journal of Machine Learning Research 21 (2020) 1-67', null)).toEqual({
      venue: 'JMLR',
      acceptance: 'accepted',
    });
  });

  it('reads workshop journal references as workshops', () => {
    expect(
      arxivPublication('2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)', null),
    ).toEqual({
      venue: '2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)',
      acceptance: 'workshop',
    });
  });

  it('ignores a journal reference that only names arXiv', () => {
    expect(arxivPublication('arXiv preprint arXiv:2001.00001', null)).toBeNull();
  });

  it.each([
    ['Accepted at NeurIPS 2020', 'NeurIPS', 'accepted'],
    ['Accepted to ICLR 2021 as an oral presentation', 'ICLR', 'oral'],
    ['Camera-ready version for ICML 2020 (spotlight)', 'ICML', 'spotlight'],
    ['To appear in the Proceedings of CVPR 2022', 'CVPR', 'accepted'],
    ['8 pages. Published at AAAI 2019', 'AAAI', 'accepted'],
    ['NeurIPS 2019 poster', 'NeurIPS', 'poster'],
    ['Accepted at the ICML 2020 Workshop on Uncertainty and Robustness', 'ICML Workshop', 'workshop'],
    [
      'Presented at the 2nd International Workshop on Testing Distributed IoT Systems (TDIS 2022)',
      'International Workshop on Testing Distributed IoT Systems (TDIS 2022)',
      'workshop',
    ],
    [
      'Accepted to the International Conference of Software Testing (ICST2023)',
      'International Conference of Software Testing (ICST2023)',
      'accepted',
    ],
    ['14 pages; to appear in "Algorithmica". Part of this work was presented elsewhere', 'Algorithmica', 'accepted'],
  ])('reads %j as %s / %s', (comment, venue, acceptance) => {
    const result = arxivPublication(null, comment);
    expect(result?.acceptance).toBe(acceptance);
    expect(result?.venue.endsWith(venue)).toBe(true);
  });

  it.each([
    'Submitted to NeurIPS 2021',
    'Under review at ICLR 2022',
    '26 pages, submitted to Software Testing, Verification and Reliability journal',
    'Currently under review at Journal of Software Testing, Verification and Reliability',
    'We compare with the NeurIPS baselines',
  ])('does not take %j for a publication', (comment) => {
    expect(arxivPublication(null, comment)).toBeNull();
  });
});

describe('journalVenue', () => {
  it.each([
    ['Phys. Rev. B 74, 024520 (2006)', 'Phys. Rev. B'],
    ['Physical Review B 82, 060515(R) (2010)', 'Physical Review B'],
    ['Int. J. Mod. Phys. B, 26, 1244002 (2012)', 'Int. J. Mod. Phys. B'],
    ['Formal Methods and Testing, Springer-Verlag (Ed.) (2008) 209-239', 'Formal Methods and Testing, Springer-Verlag (Ed.)'],
    ['Proc. 2023 IEEE Conference on Testing (ICSTW), pp. 66-69', 'Proc. 2023 IEEE Conference on Testing (ICSTW)'],
    [
      '2022 IEEE International Conference on Cloud Engineering (IC2E 2022)',
      '2022 IEEE International Conference on Cloud Engineering (IC2E 2022)',
    ],
    ['Annals of Physics', 'Annals of Physics'],
  ])('reads %j as %j', (ref, venue) => {
    expect(journalVenue(ref)).toBe(venue);
  });
});
