import { describe, expect, it } from 'vitest';
import { originalTitleFromReplication, replicationVerdict } from './replication-title.js';

describe('replicationVerdict', () => {
  it('reads "[Re]" as reproduced and "[¬Re]" as not', () => {
    expect(replicationVerdict('[Re] Hamiltonian Generative Networks')).toBe(true);
    expect(replicationVerdict('[¬Re] G-Mixup: Graph Data Augmentation for Graph Classification')).toBe(false);
  });

  it('says nothing for a title without the mark', () => {
    expect(replicationVerdict('ML Reproducibility Challenge 2020')).toBeNull();
    expect(replicationVerdict('Reproducibility of X')).toBeNull();
    expect(replicationVerdict(null)).toBeNull();
  });
});

describe('originalTitleFromReplication', () => {
  it.each([
    ['[Re] Hamiltonian Generative Networks', 'Hamiltonian Generative Networks'],
    ['[¬Re] G-Mixup: Graph Data Augmentation for Graph Classification', 'G-Mixup: Graph Data Augmentation for Graph Classification'],
    ['[Re] "Towards Understanding Grokking"', 'Towards Understanding Grokking'],
    ['[Re] Reproducibility Study of "Quantifying Societal Bias Amplification in Image Captioning"', 'Quantifying Societal Bias Amplification in Image Captioning'],
    ['[Re] Reproducibility Study of “Label-Free Explainability for Unsupervised Models”', 'Label-Free Explainability for Unsupervised Models'],
    ['[Re] Reproducibility Study of ”Latent Space Smoothing for Individually Fair Representations”', 'Latent Space Smoothing for Individually Fair Representations'],
    ['[¬Re] Reproducibility study of ‘Proto2Proto: Can you recognize the car, the way I do?’', 'Proto2Proto: Can you recognize the car, the way I do?'],
    ["[Re] Replication Study of 'Generative causal explanations of black-box classifiers'", 'Generative causal explanations of black-box classifiers'],
    ["[Re] Reproducibility study of ``Explaining Deep Convolutional Neural Networks''", 'Explaining Deep Convolutional Neural Networks'],
    ['[Re] Reproducing FairCal: Fairness Calibration for Face Verification', 'FairCal: Fairness Calibration for Face Verification'],
    ['[Re] A Reproduction of Ensemble Distribution Distillation', 'Ensemble Distribution Distillation'],
    ['[Re] On the Reproducibility of CartoonX', 'CartoonX'],
    ['[Re] Reproducibility Study: Label-Free Explainability for Unsupervised Models', 'Label-Free Explainability for Unsupervised Models'],
    ['[Re] Reproducibility study - Does enforcing diversity in hidden states improve transparency?', 'Does enforcing diversity in hidden states improve transparency?'],
    ["[Re] Don't Judge an Object by Its Context: Learning to Overcome Contextual Bias", "Don't Judge an Object by Its Context: Learning to Overcome Contextual Bias"],
    ["[Re] If you like Shapley, then you'll love the core", "If you like Shapley, then you'll love the core"],
    ['[Re] Masked Autoencoders Are Small Scale Vision Learners: A Reproduction Under Resource Constraints', 'Masked Autoencoders Are Small Scale Vision Learners: A Reproduction Under Resource Constraints'],
  ])('reads %j as %j', (title, original) => {
    expect(originalTitleFromReplication(title)).toBe(original);
  });

  it('gives null for a title that is not a replication’s', () => {
    expect(originalTitleFromReplication('ML Reproducibility Challenge 2022')).toBeNull();
    expect(originalTitleFromReplication('[Re]')).toBeNull();
  });
});
