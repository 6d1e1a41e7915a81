import { describe, expect, it } from 'vitest';
import { isRepoUrl, normalizeRepoUrl } from './repo-url.js';

describe('normalizeRepoUrl', () => {
  it.each([
    ['https://github.com/paul-buerkner/psis-non-factorized-paper', 'https://github.com/paul-buerkner/psis-non-factorized-paper'],
    ['https:/github.com/owner/repo', 'https://github.com/owner/repo'],
    ['http://github.com/svenpeter42/LightGBM-CEGB', 'https://github.com/svenpeter42/LightGBM-CEGB'],
    ['https://www.github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['https://GitHub.com/owner/repo/', 'https://github.com/owner/repo'],
    ['github.com/owner/repo', 'https://github.com/owner/repo'],
    ['git+https://gitlab.com/group/project.git', 'https://gitlab.com/group/project'],
    ['https://github.com/owner/repo?tab=readme#top', 'https://github.com/owner/repo'],
    [
      'https://github.com/tensorflow/models/tree/master/research/pcl_rl',
      'https://github.com/tensorflow/models/tree/master/research/pcl_rl',
    ],
    ['  https://example.org/code  ', 'https://example.org/code'],
  ])('writes %j as %j', (raw, expected) => {
    expect(normalizeRepoUrl(raw)).toBe(expected);
  });

  it.each(['', '   ', null, undefined, 'not a url', 'see the paper'])('is null for %j', (raw) => {
    expect(normalizeRepoUrl(raw)).toBeNull();
  });
});

describe('isRepoUrl', () => {
  it('takes owner/name URLs on code hosts, not profiles or other sites', () => {
    expect(isRepoUrl('https://github.com/owner/repo')).toBe(true);
    expect(isRepoUrl('https://gitlab.com/group/project')).toBe(true);
    expect(isRepoUrl('https://github.com/owner')).toBe(false);
    expect(isRepoUrl('https://zhaoj9014.github.io/')).toBe(false);
    expect(isRepoUrl('https://paperswithcode.com/paper/x')).toBe(false);
  });
});
