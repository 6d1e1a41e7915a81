import { foldAccents } from './fold.js';
import { decodeLatex } from './latex.js';
import { repairMojibake } from './mojibake.js';

export interface PersonName {
  /** Given names and initials as written ("Adrian", "A.", "José Miguel"). */
  given: string;
  /** Family name with its particles ("Del Maestro", "d'Alché-Buc", "van der Maaten"). */
  family: string;
  /** Generational suffix ("Jr.", "III"), or "". */
  suffix: string;
  /** "Given Family Suffix" in natural case. */
  display: string;
}

/**
 * Particles that start a family name when they stand between given names and
 * the last word ("Adrian Del Maestro", "Laurens van der Maaten"). Any other
 * word starting with a lower-case letter counts as well, as in BibTeX.
 */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'della',
  'delle',
  'dei',
  'degli',
  'di',
  'da',
  'das',
  'dos',
  'do',
  'du',
  'des',
  'der',
  'den',
  'ter',
  'ten',
  'le',
  'la',
  'lo',
  'zu',
  'zum',
  'zur',
  'vom',
  'af',
  'av',
  'al',
  'el',
  'bin',
  'ibn',
]);

/** Suffixes recognised after a comma ("King, Jr., Martin") or as the last of three or more words. */
const SUFFIX = /^(?:jr|sr|jnr|snr|ii|iii|iv)\.?$/i;

const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE_RUN = /\s+/gu;
const TRAILING_ASIDE = /\s*\([^()]*\)$/u;
const LOWERCASE_START = /^[^\p{L}]*\p{Ll}/u;
const HAS_LOWERCASE = /\p{Ll}/u;
const HAS_UPPERCASE_WORD = /\p{Lu}\p{M}*\p{Lu}/u;

/**
 * The shared clean-up before any parsing: mojibake repaired, LaTeX decoded,
 * Unicode NFC, invisible characters dropped, whitespace collapsed and commas
 * spaced as ", ". Idempotent on names.
 */
export function normalizeNameText(raw: string): string {
  let text = repairMojibake(raw);
  text = decodeLatex(text);
  // LaTeX can spell mojibake too (`{\~A}\copyright`): repair once more after decoding.
  text = repairMojibake(text);
  return text
    .replace(INVISIBLES, '')
    .replace(WHITESPACE_RUN, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/^(?:,\s*)+|(?:\s*,)+$/g, '')
    .trim()
    .normalize('NFC');
}

/** Upper-cases the first letter of every word part ("D'ALCHÉ-BUC" → "D'Alché-Buc"). */
function titleCase(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let atStart = true;
  for (const ch of lower) {
    if (/\p{L}/u.test(ch)) {
      out += atStart ? ch.toUpperCase() : ch;
      atStart = false;
    } else {
      out += ch;
      // Combining marks belong to the letter before them.
      if (!/\p{M}/u.test(ch)) atStart = true;
    }
  }
  return out.normalize('NFC');
}

function isParticle(word: string, lowercaseCounts: boolean): boolean {
  return PARTICLES.has(word.toLowerCase()) || (lowercaseCounts && LOWERCASE_START.test(word));
}

/** "First von Last" order: the family starts at the first particle that has a word after it, else it is the last word. */
function splitNatural(text: string): { given: string; family: string; suffix: string } {
  const words = text.replace(TRAILING_ASIDE, '').split(' ').filter(Boolean);
  let suffix = '';
  if (words.length >= 3 && SUFFIX.test(words[words.length - 1] ?? '')) suffix = words.pop() ?? '';
  if (words.length <= 1) return { given: '', family: words[0] ?? '', suffix };
  // In an all-lower-case name every word starts lower-case; only listed particles count then.
  const lowercaseCounts = words.some((w) => !LOWERCASE_START.test(w));
  let familyStart = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (isParticle(words[i] ?? '', lowercaseCounts)) {
      familyStart = i;
      break;
    }
  }
  return { given: words.slice(0, familyStart).join(' '), family: words.slice(familyStart).join(' '), suffix };
}

/**
 * Splits a person's name as any source writes it: "Last, First"
 * ("Balsells Rodas, Carles", "d'Alché-Buc, Florence", "King, Jr., Martin"),
 * "First von Last" ("Adrian Del Maestro", "A. Del Maestro"), with LaTeX,
 * mojibake, extra whitespace and all-caps ("LIU, LU" → "Lu Liu") handled.
 * Mixed-case names keep their case. A trailing parenthesised aside
 * ("Wei Zhang (MIT)") is left out; one inside the given names ("Shixiang
 * (Shane) Gu") stays there.
 */
export function parsePersonName(raw: string): PersonName {
  const text = normalizeNameText(raw);
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  let given = '';
  let family = '';
  let suffix = '';
  if (parts.length === 1) {
    ({ given, family, suffix } = splitNatural(parts[0] ?? ''));
  } else if (parts.length === 2 && SUFFIX.test(parts[1] ?? '') && (parts[0] ?? '').includes(' ')) {
    // "Martin Luther King, Jr."
    ({ given, family } = splitNatural(parts[0] ?? ''));
    suffix = parts[1] ?? '';
  } else if (parts.length >= 2) {
    family = parts[0] ?? '';
    const middle = parts.slice(1, -1);
    suffix = middle.filter((p) => SUFFIX.test(p)).join(' ');
    // A middle part that is no suffix is a source error ("Yang, Jimei Sohn, Kihyuk", an "and"
    // missing): keep its words with the given names rather than lose them.
    given = [...middle.filter((p) => !SUFFIX.test(p)), (parts[parts.length - 1] ?? '').replace(TRAILING_ASIDE, '')].join(' ');
  }
  // All-caps is a typesetting choice of the source, not the person's spelling.
  if (!HAS_LOWERCASE.test(text) && HAS_UPPERCASE_WORD.test(text)) {
    given = titleCase(given);
    family = titleCase(family);
  }
  const display = [given, family, suffix].filter(Boolean).join(' ');
  return { given, family, suffix, display };
}

const APOSTROPHES = /['’‘ʼʻ`´]/g;
const PARENTHESISED = /\([^()]*\)/gu;
const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;

/** Lower-case, accent-free words of a name part: "d'Alché-Buc" → ["dalche", "buc"]. */
function keyWords(part: string): string[] {
  // Lower-case first, so that the fold table only needs lower-case letters; final sigma is sigma.
  return foldAccents(part.replace(PARENTHESISED, ' ').toLowerCase())
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(APOSTROPHES, '')
    .replace(NON_WORD_RUN, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

export interface NameKeys {
  /** Given then family words, accent-free and lower-case: "bernhard scholkopf". */
  exact: string;
  /** First initial and family: "b scholkopf"; "" without a given name. */
  initials: string;
}

/** Both matching keys from one parse. */
export function nameKeys(name: string): NameKeys {
  const { given, family } = parsePersonName(name);
  const givenWords = keyWords(given);
  const familyWords = keyWords(family);
  const exact = [...givenWords, ...familyWords].join(' ');
  const initial = givenWords[0] ? Array.from(givenWords[0])[0] : undefined;
  const initials = initial && familyWords.length ? `${initial} ${familyWords.join(' ')}` : '';
  return { exact, initials };
}

/**
 * Matching key: the same for "Schölkopf, Bernhard", "Bernhard Sch{\"o}lkopf",
 * "Bernhard Scholkopf" and "Bernhard SchÃ¶lkopf" ("bernhard scholkopf").
 * The generational suffix is left out. "" for an empty name.
 */
export function nameKey(name: string): string {
  return nameKeys(name).exact;
}

/** Key for suggestions between full and abbreviated given names: "A. Del Maestro" and "Adrian Del Maestro" → "a del maestro". */
export function initialsKey(name: string): string {
  return nameKeys(name).initials;
}
