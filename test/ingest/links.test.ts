import { describe, expect, it } from 'vitest';
import { cleanUrl, extractLinks, githubRepoOf } from '@/lib/ingest/links';

describe('githubRepoOf', () => {
  it('reduces a repository URL to owner/repo', () => {
    expect(githubRepoOf('https://github.com/VinAIResearch/LFM.git')).toBe('VinAIResearch/LFM');
    expect(githubRepoOf('https://github.com/daidedou/diffumatch/')).toBe('daidedou/diffumatch');
    expect(githubRepoOf('github.com/a-b/c.d/tree/main/src')).toBe('a-b/c.d');
  });

  it('is null for GitHub pages that are not repositories and for other hosts', () => {
    expect(githubRepoOf('https://github.com/orgs/acme')).toBeNull();
    expect(githubRepoOf('https://github.com/acme')).toBeNull();
    expect(githubRepoOf('https://mm-rlhf.github.io')).toBeNull();
  });
});

describe('cleanUrl', () => {
  it('drops sentence punctuation but keeps a parenthesis the URL opened', () => {
    expect(cleanUrl('https://github.com/stypoumic/BECLR).')).toBe('https://github.com/stypoumic/BECLR');
    expect(cleanUrl('https://en.wikipedia.org/wiki/Foo_(bar)')).toBe(
      'https://en.wikipedia.org/wiki/Foo_(bar)',
    );
  });
});

describe('extractLinks', () => {
  it('splits repositories from other links, each once, in order of mention', () => {
    const links = extractLinks(
      'Code at https://github.com/a/b. Mirror github.com/A/B, page https://a.github.io/b/ and https://x.org/y.',
    );
    expect(links).toEqual({
      githubRepos: ['a/b'],
      otherLinks: ['https://a.github.io/b/', 'https://x.org/y'],
    });
  });

  it('reads a URL with a long run of punctuation inside in linear time', () => {
    // 200,000 dots took half a minute when trailing punctuation was trimmed with a `/[…]+$/` regex.
    const url = `http://a${'.'.repeat(200_000)}b`;
    expect(extractLinks(`${url}.`).otherLinks).toEqual([url]);
  });

  it('finds nothing in text without URLs or in no text', () => {
    expect(extractLinks('no links here', null, undefined)).toEqual({ githubRepos: [], otherLinks: [] });
  });
});
