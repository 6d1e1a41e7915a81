import { describe, expect, it } from 'vitest';
import { canonicalVenue, foldVenueText, isPreprintVenue, isWorkshopVenue } from './venues.js';

describe('canonicalVenue', () => {
  it.each([
    ['NIPS', 'NeurIPS'],
    ["Proc. of NIPS'17", 'NeurIPS'],
    ['Advances in Neural Information Processing Systems', 'NeurIPS'],
    ['Advances in Neural Information Processing Systems 32: Annual Conference on Neural Information Processing Systems 2019, NeurIPS 2019', 'NeurIPS'],
    ['Neural Information Processing Systems', 'NeurIPS'],
    ['{NeurIPS}', 'NeurIPS'],
    ['International Conference on Machine Learning', 'ICML'],
    ['Proceedings of the 35th International Conference on Machine Learning', 'ICML'],
    ['Proceedings of the 30th International Conference on Machine Learning, {ICML} 2013, Atlanta, GA, USA, 16-21 June 2013', 'ICML'],
    ['Proceedings of the International Conference on Machine Learning', 'ICML'],
    ['International Conference on Learning Representations', 'ICLR'],
    ['7th International Conference on Learning Representations, {ICLR} 2019, New Orleans', 'ICLR'],
    ['Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition', 'CVPR'],
    ['{IEEE} Conference on Computer Vision and Pattern Recognition, {CVPR} 2019', 'CVPR'],
    ['Proceedings of the International Conference on Computer Vision', 'ICCV'],
    ['IEEE/CVF International Conference on Computer Vision (ICCV)', 'ICCV'],
    ['Proceedings of the European Conference on Computer Vision', 'ECCV'],
    ['Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics, {ACL} 2020', 'ACL'],
    ['Proceedings of the Conference on Empirical Methods in Natural Language Processing', 'EMNLP'],
    ['Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and the 9th International Joint Conference on Natural Language Processing, EMNLP-IJCNLP 2019', 'EMNLP'],
    ['Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, NAACL-HLT 2019', 'NAACL'],
    ['Transactions of the Association for Computational Linguistics', 'TACL'],
    ['The Thirty-Third {AAAI} Conference on Artificial Intelligence, {AAAI} 2019', 'AAAI'],
    ['Proceedings of the national conference on Artificial Intelligence', 'AAAI'],
    ['Proceedings of the International Joint Conference on Artificial Intelligence', 'IJCAI'],
    ['Proceedings of the 25th {ACM} {SIGKDD} International Conference on Knowledge Discovery {\\&} Data Mining, {KDD} 2019', 'KDD'],
    ['Proceedings of the International Conference on Artificial Intelligence and Statistics', 'AISTATS'],
    ['Proceedings of the Tenth International Workshop on Artificial Intelligence and Statistics', 'AISTATS'],
    ['Proceedings of the conference on the Uncertainty in Artificial Intelligence', 'UAI'],
    ['Proceedings of the Conference on Learning Theory', 'COLT'],
    ['Journal of Machine Learning Research', 'JMLR'],
    ['J. Mach. Learn. Res.', 'JMLR'],
    ['Transactions on Machine Learning Research', 'TMLR'],
    ['{IEEE} Transactions on Pattern Analysis and Machine Intelligence', 'TPAMI'],
    ['{IEEE} Trans. Pattern Anal. Mach. Intell.', 'TPAMI'],
    ['arXiv preprint arXiv:1606.04934', 'arXiv'],
    ['ArXiv e-prints', 'arXiv'],
    ['CoRR', 'arXiv'],
    ['arxiv:1611.07800', 'arXiv'],
  ])('reads %j as %s', (raw, venue) => {
    expect(canonicalVenue(raw)).toBe(venue);
  });

  it.each([
    ['ICML Workshop on Invertible Neural Networks and Normalizing Flows', 'ICML Workshop'],
    ['International Conference on Learning Representations Workshop Track', 'ICLR Workshop'],
    ['NeurIPS Workshop on Advances in Approximate Bayesian Inference', 'NeurIPS Workshop'],
    ['{IEEE} Conference on Computer Vision and Pattern Recognition Workshops, {CVPR} Workshops 2019', 'CVPR Workshop'],
    ['5th International Conference on Learning Representations, {ICLR} 2017, Workshop Track Proceedings', 'ICLR Workshop'],
  ])('gives workshops their own name, never the bare host: %j', (raw, venue) => {
    expect(canonicalVenue(raw)).toBe(venue);
  });

  it('names Findings tracks apart from the main conference', () => {
    expect(canonicalVenue('Findings of the Association for Computational Linguistics: {EMNLP} 2020')).toBe('EMNLP Findings');
  });

  it.each([
    'International Workshop on Reproducible Research in Pattern Recognition',
    'Pacific-Asia Conference on Knowledge Discovery and Data Mining',
    'International Conference on Computer Vision Theory and Applications',
    'International Conference on Machine Learning and Applications',
    'International Conference on Neural Information Processing',
    'International Joint Conference on Neural Networks',
    'Acta Mathematica Hungarica',
    'ReScience C',
    'Proceedings of Machine Learning Research',
    'JMLR Workshop and Conference Proceedings',
    '',
    '   ',
  ])('does not recognise %j', (raw) => {
    expect(canonicalVenue(raw)).toBeNull();
  });

  it('takes null and undefined', () => {
    expect(canonicalVenue(null)).toBeNull();
    expect(canonicalVenue(undefined)).toBeNull();
  });
});

describe('isWorkshopVenue', () => {
  it('spots workshops, tracks and the plural', () => {
    expect(isWorkshopVenue('ICML Workshop on Invertible Neural Networks and Normalizing Flows')).toBe(true);
    expect(isWorkshopVenue('CVPR Workshops')).toBe(true);
    expect(isWorkshopVenue('International Workshop on Reproducible Research in Pattern Recognition')).toBe(true);
  });

  it('does not take series names or early AISTATS for workshops', () => {
    expect(isWorkshopVenue('JMLR Workshop and Conference Proceedings')).toBe(false);
    expect(isWorkshopVenue('JMLR W&CP')).toBe(false);
    expect(isWorkshopVenue('International Workshop on Artificial Intelligence and Statistics')).toBe(false);
    expect(isWorkshopVenue('Proceedings of the 35th International Conference on Machine Learning')).toBe(false);
    expect(isWorkshopVenue(null)).toBe(false);
  });
});

describe('isPreprintVenue', () => {
  it.each(['CoRR', 'arXiv preprint', 'arXiv preprint arXiv:1606.04934', 'ArXiv e-prints', 'bioRxiv'])('takes %j for a preprint server', (raw) => {
    expect(isPreprintVenue(raw)).toBe(true);
  });

  it.each(['Advances in Neural Information Processing Systems', 'Journal of Machine Learning Research', 'Corrosion Science', '', undefined])(
    'does not take %j for one',
    (raw) => {
      expect(isPreprintVenue(raw)).toBe(false);
    },
  );
});

describe('foldVenueText', () => {
  it('drops accents, LaTeX and punctuation', () => {
    expect(foldVenueText('Proc. {ACM} SIGKDD Int\'l Conf. Knowledge Discovery \\& Data Mining — Stockholmsm{\\"{a}}ssan')).toBe(
      'proc acm sigkdd int l conf knowledge discovery and data mining stockholmsmassan',
    );
  });
});
