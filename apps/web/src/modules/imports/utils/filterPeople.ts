import type { ImportPersonPreview } from '@loopboard/contracts';

/** Lower case without accents, so "godel" finds "Gödel" as the candidate search does. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The people whose name, another spelling of it, or a paper title contains every word of `filter`. */
export function filterPeople(people: ImportPersonPreview[], filter: string): ImportPersonPreview[] {
  const words = foldForSearch(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return people;
  return people.filter((person) => {
    const haystack = foldForSearch([person.displayName, ...person.spellings, ...person.papers.map((p) => p.title)].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}
