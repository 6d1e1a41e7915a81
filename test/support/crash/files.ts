/** Deterministic import files for the crash runs (the same seed gives the same bytes). */
import { seededRandom } from '@loopboard/domain-scoring';

/** The domain's seeded PRNG (mulberry32); seed 0 is read as 1, as the runs have always done. */
export function prng(seed: number): () => number {
  return seededRandom(seed >>> 0 || 1);
}

const GIVEN = ['Ana', 'Bo', 'Chen', 'Dmitri', 'Élodie', 'Farid', 'Gita', 'Hugo', 'Ines', 'Jonas', 'Kenji', 'Lea', 'Mateo', 'Nia', 'Oskar', 'Priya'];
const FAMILY = ['Álvarez', 'Bauer', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Horvat', 'Ivanova', 'Jansen', 'Kowalski', 'López'];
const VENUES = ['NeurIPS', 'ICML', 'ICLR', 'CVPR', 'ACL', 'AAAI', 'EMNLP', 'UAI'];
const TOPICS = ['nlp', 'vision', 'rl', 'theory', 'systems', 'speech', 'robotics', 'graphs'];

/** Person i of a pool: a distinct name (the suffix keeps thousands apart), `tag` added to the family name. */
function person(i: number, tag = ''): { given: string; family: string } {
  const given = GIVEN[i % GIVEN.length]!;
  const round = Math.floor(i / (GIVEN.length * FAMILY.length));
  const family = `${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!}${round ? `-${String.fromCharCode(65 + (round % 26))}${Math.floor(round / 26) || ''}` : ''}`;
  return { given, family: tag ? `${family}-${tag}` : family };
}

/**
 * The tag of file copy n: letters only (names keep their shape once normalised), unlike any real
 * word, so copies of one file share no person or paper and a snapshot can put TAG in its place.
 */
export function fileTag(n: number): string {
  return `Zx${[...String(n)].map((d) => 'abcdefghij'[Number(d)]).join('')}x`;
}
export const TAG_PATTERN = /zx[a-j]+x/gi;

/**
 * A DBLP-style BibTeX file: `entries` papers by 2–6 authors drawn from a pool of `people`, so
 * people recur across papers and every commit creates candidates, papers and authorships. Copies
 * with different tags are the same file but for the tag in every name, title, key and DOI.
 */
export function bibtexFile(entries: number, people: number, seed: number, tag: string): string {
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < entries; i++) {
    const authors = Array.from({ length: 2 + Math.floor(rand() * 5) }, () => person(Math.floor(rand() * people), tag));
    const topic = TOPICS[Math.floor(rand() * TOPICS.length)]!;
    const venue = VENUES[Math.floor(rand() * VENUES.length)]!;
    const year = 2015 + Math.floor(rand() * 11);
    const doi = rand() < 0.5 ? `,\n  doi = {10.5555/crash.${tag}.${i}}` : '';
    out.push(
      `@inproceedings{DBLP:conf/crash/${tag}P${i},\n  author = {${authors.map((a) => `${a.family}, ${a.given}`).join(' and ')}},\n` +
        `  title = {Robust {M}ethods for Problem ${i} of ${tag}: a study of ${topic}},\n  booktitle = {${venue}},\n  year = {${year}}${doi}\n}\n`,
    );
  }
  return out.join('\n');
}

/** A candidates CSV of `rows` people with unique emails (for seeding the pipeline). */
export function candidatesCsv(rows: number, tag: string): string {
  const lines = ['name,email,affiliation,tags'];
  for (let i = 0; i < rows; i++) {
    const p = person(i);
    lines.push(`"${p.given} ${p.family}",${tag}.${i}@crash.example.org,"Crash University","${TOPICS[i % TOPICS.length]}"`);
  }
  return lines.join('\n') + '\n';
}
