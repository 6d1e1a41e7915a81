import { describe, expect, it } from 'vitest';
import { frameworkFromKeywords, normaliseRepoUrl, normaliseSwhid, swhArchiveUrl } from './code-links.js';

describe('normaliseRepoUrl', () => {
  it.each([
    ['https://github.com/tzole1155/EndToEndObjectPose', 'https://github.com/tzole1155/EndToEndObjectPose'],
    ['https:/github.com/alchemi5t/MNADrc', 'https://github.com/alchemi5t/MNADrc'],
    ['https://github.com/Celiali/FixMatch.git', 'https://github.com/Celiali/FixMatch'],
    ['https://github.com/jwagenbach/FACT/', 'https://github.com/jwagenbach/FACT'],
    ['http://github.com/a/b', 'https://github.com/a/b'],
    ['github.com/a/b', 'https://github.com/a/b'],
    ['  https://gitlab.com/group/project.git/  ', 'https://gitlab.com/group/project'],
    ['http://example.org/code/tool', 'http://example.org/code/tool'],
    ['https://github.com/mayurak47/Reproducibility\\_Challenge', 'https://github.com/mayurak47/Reproducibility_Challenge'],
  ])('reads %j as %j', (raw, url) => {
    expect(normaliseRepoUrl(raw)).toBe(url);
  });

  it.each(['', '   ', undefined, 'see the paper', 'ftp://example.org/code', 'https://localhost/x', 'mailto:a@b.org'])('refuses %j', (raw) => {
    expect(normaliseRepoUrl(raw)).toBeNull();
  });
});

describe('normaliseSwhid', () => {
  it('keeps a valid id with its qualifiers', () => {
    const id = 'swh:1:dir:691b7400b38017cfe651a59735dc715755388c4d;origin=https://github.com/JonaRuthardt/MLRC-CartoonX;visit=swh:1:snp:ffead088e1c166ac58b0f37c5c8e87344f638b3d';
    expect(normaliseSwhid(id)).toBe(id);
  });

  it('repairs a trailing ";" and a missing "swh:"', () => {
    expect(normaliseSwhid('swh:1:dir:7058002f161d29f18e52a18ebe326b7911b1b616;')).toBe('swh:1:dir:7058002f161d29f18e52a18ebe326b7911b1b616');
    expect(normaliseSwhid('1:dir:120b52bc3dfe115b3329698a39ea71c7cd5862d1')).toBe('swh:1:dir:120b52bc3dfe115b3329698a39ea71c7cd5862d1');
  });

  it('refuses what is not an id', () => {
    expect(normaliseSwhid('swh:1:dir:1234')).toBeNull();
    expect(normaliseSwhid('')).toBeNull();
    expect(normaliseSwhid(undefined)).toBeNull();
  });

  it('links an id to the archive', () => {
    expect(swhArchiveUrl('swh:1:rev:aa9738a884343fb4798f8b06c7a8b9288eca6b14')).toBe(
      'https://archive.softwareheritage.org/swh:1:rev:aa9738a884343fb4798f8b06c7a8b9288eca6b14',
    );
  });
});

describe('frameworkFromKeywords', () => {
  it.each([
    ['rescience c, rescience x , python, pytorch, object pose estimation', 'pytorch'],
    ['data augmentation, graph neural networks, pytorch geometric', 'pytorch'],
    ['rescience c, TensorFlow', 'tensorflow'],
    ['jax, flax', 'jax'],
    ['rescience c, rescience x', null],
    [undefined, null],
  ])('reads %j as %j', (keywords, framework) => {
    expect(frameworkFromKeywords(keywords)).toBe(framework);
  });
});
