import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../model.js';
import { parsePwcLinks } from './links.js';

function link(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    paper_url: 'https://paperswithcode.com/paper/attngan',
    paper_title: 'AttnGAN: Fine-Grained Text to Image Generation',
    paper_arxiv_id: '1711.10485',
    paper_url_abs: 'http://arxiv.org/abs/1711.10485v1',
    paper_url_pdf: 'http://arxiv.org/pdf/1711.10485v1.pdf',
    repo_url: 'https://github.com/taoxugit/AttnGAN',
    is_official: true,
    mentioned_in_paper: true,
    mentioned_in_github: false,
    framework: 'pytorch',
    ...overrides,
  };
}

const parse = (links: unknown[]) => parsePwcLinks(JSON.stringify(links));

describe('parsePwcLinks', () => {
  it('makes a re-implementation per link, naming nobody and leaving reproduction open', () => {
    expect(parse([link()])).toEqual({
      format: 'pwc-links',
      records: [
        {
          kind: 'reimplementation',
          sourceRef: 'link 1',
          repoUrl: 'https://github.com/taoxugit/AttnGAN',
          paper: {
            title: 'AttnGAN: Fine-Grained Text to Image Generation',
            ids: { arxiv: '1711.10485' },
            url: 'http://arxiv.org/abs/1711.10485v1',
          },
          official: true,
          reproduced: null,
          framework: 'pytorch',
          authors: [],
          year: null,
          links: [
            { url: 'https://github.com/taoxugit/AttnGAN', kind: 'code' },
            { url: 'http://arxiv.org/abs/1711.10485v1', kind: 'page' },
            { url: 'http://arxiv.org/pdf/1711.10485v1.pdf', kind: 'pdf' },
            { url: 'https://paperswithcode.com/paper/attngan', kind: 'other' },
          ],
          notes: 'link mentioned in the paper',
        },
      ],
      skipped: [],
      warnings: [],
    });
  });

  it('reads framework "none" as no framework and is_official false as an independent re-implementation', () => {
    const [record] = parse([link({ framework: 'none', is_official: false, mentioned_in_paper: false, mentioned_in_github: true })]).records;
    expect(record).toMatchObject({ framework: null, official: false, notes: 'link mentioned in the repository README' });
  });

  it('takes a paper without an arXiv id (ACL Anthology) and points at its own page', () => {
    const [record] = parse([
      link({
        paper_arxiv_id: null,
        paper_url_abs: 'https://aclanthology.org/D18-1341',
        paper_url_pdf: 'https://aclanthology.org/D18-1341.pdf',
      }),
    ]).records;
    expect(record).toMatchObject({ paper: { ids: {}, url: 'https://aclanthology.org/D18-1341' } });
  });

  it('repairs and normalises the repository URL', () => {
    expect(parse([link({ repo_url: 'https:/github.com/Owner/Repo.git/' })]).records[0]).toMatchObject({
      repoUrl: 'https://github.com/Owner/Repo',
    });
  });

  it('skips links without a usable repository URL, saying why', () => {
    const result = parse([link({ repo_url: null }), link({ repo_url: '  ' }), link({ repo_url: 'see paper' }), 'junk', link()]);
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toEqual([
      { sourceRef: 'link 1', reason: 'no repository URL' },
      { sourceRef: 'link 2', reason: 'no repository URL' },
      { sourceRef: 'link 3', reason: 'repository URL is not a URL: "see paper"' },
      { sourceRef: 'link 4', reason: 'not a link object' },
    ]);
  });

  it('returns nothing for an empty list', () => {
    expect(parsePwcLinks('[]').records).toEqual([]);
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a truncated file', JSON.stringify([link(), link()]).slice(0, 300), /ends early/],
    ['a JSON object', '{"repo_url": "https://github.com/a/b"}', /a JSON array of links/],
    ['a list of something else', '[{"title": "x", "status": "Poster"}]', /no element has "repo_url"/],
    ['CSV', 'paper_url,repo_url\nx,y', /not valid JSON/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parsePwcLinks(text)).toThrow(ImportFormatError);
    expect(() => parsePwcLinks(text)).toThrow(message);
  });
});
