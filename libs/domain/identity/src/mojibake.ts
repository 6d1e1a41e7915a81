/**
 * Repairs UTF-8 text that something decoded as Latin-1 or Windows-1252
 * ("JosÃ© RaÃºl Romero" → "José Raúl Romero").
 *
 * Every character of such text maps back to one byte. We look for byte runs
 * that form a valid UTF-8 sequence and decode them, but only where the result
 * is plausible, so that correct text ("Prügel-Bennett", "Kınlı", "Đuranović")
 * is left alone:
 *  - a C1 control character (U+0080–U+009F) in the run is decisive: real text
 *    never has them, and Latin-1 mojibake is full of them ("WeiÃ\u009fl");
 *  - otherwise the decoded character must belong to a script or block that
 *    turns up in names and titles (Latin, Greek, Cyrillic, CJK, Hangul,
 *    punctuation); rarer scripts need the sequence to contain a symbol too;
 *  - a run that still has stray high characters that belong to no sequence is
 *    most likely correct Latin-1 text with an unlucky pair, and is left alone
 *    unless it has a C1 control.
 * Double mojibake is repaired by repeating until nothing changes.
 *
 * The one inherent ambiguity: a capital Â–ß directly followed by š, œ, ž, Ÿ,
 * Š, Œ, Ž, ƒ, ª, µ or º is exactly how Windows-1252 shows ß, Ü, Ú, Ş, Ğ, ú, …
 * ("WeiÃŸ", "Ãœmit", "RaÃºl"), so it is read as mojibake. No real spelling has
 * such a pair.
 */

/** Windows-1252 characters in 0x80–0x9F that are not the C1 code point of the byte. */
const CP1252_TO_BYTE: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** The byte a Latin-1/Windows-1252 decoder turned into this code point, if any. */
function byteOf(cp: number): number | undefined {
  return cp <= 0xff ? cp : CP1252_TO_BYTE.get(cp);
}

const isC1 = (cp: number): boolean => cp >= 0x80 && cp <= 0x9f;
const LETTER = /\p{L}/u;
const UNUSABLE = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}]/u;

const inRange = (cp: number, lo: number, hi: number): boolean => cp >= lo && cp <= hi;

/** Blocks that turn up in names and titles: accepted on the strength of the UTF-8 pattern alone. */
function isCommonBlock(cp: number): boolean {
  return (
    inRange(cp, 0x00a0, 0x024f) || // Latin-1 Supplement, Latin Extended-A/B
    inRange(cp, 0x0370, 0x052f) || // Greek, Cyrillic
    inRange(cp, 0x1e00, 0x1eff) || // Latin Extended Additional (Vietnamese)
    inRange(cp, 0x2000, 0x206f) || // General Punctuation
    inRange(cp, 0x20a0, 0x20cf) || // currency
    inRange(cp, 0x2100, 0x214f) || // letterlike (™, №)
    inRange(cp, 0x2190, 0x22ff) || // arrows, mathematical operators
    inRange(cp, 0x2c60, 0x2c7f) || // Latin Extended-C
    inRange(cp, 0xa720, 0xa7ff) || // Latin Extended-D
    inRange(cp, 0x3000, 0x30ff) || // CJK punctuation, kana
    inRange(cp, 0x4e00, 0x9fff) || // CJK unified ideographs
    inRange(cp, 0xac00, 0xd7a3) || // Hangul syllables
    inRange(cp, 0xff00, 0xffef) || // full-width forms
    cp === 0x02c6 || // ˆ and ˜, the two Windows-1252 characters outside these blocks
    cp === 0x02dc ||
    cp === 0xfeff // a byte-order mark
  );
}

/** Blocks accepted when the sequence also contains a symbol or punctuation character. */
function isRarerBlock(cp: number): boolean {
  return (
    inRange(cp, 0x02b0, 0x02ff) || // spacing modifier letters (ʻ, ʼ)
    inRange(cp, 0x0530, 0x06ff) || // Armenian, Hebrew, Arabic
    inRange(cp, 0x0900, 0x0dff) || // Indic scripts
    inRange(cp, 0x0e00, 0x0e7f) || // Thai
    inRange(cp, 0x10a0, 0x10ff) || // Georgian
    inRange(cp, 0x3400, 0x4dbf) || // CJK extension A
    inRange(cp, 0x1f000, 0x1faff) || // emoji
    inRange(cp, 0x20000, 0x3134f) // CJK extensions B–G
  );
}

function isPlausible(cp: number, hasC1: boolean, hasNonLetter: boolean, previous: string | undefined): boolean {
  // Double mojibake passes through C1 controls: decoding one C1-bearing pair into another is progress.
  if (hasC1) return isC1(cp) || !UNUSABLE.test(String.fromCodePoint(cp));
  if (UNUSABLE.test(String.fromCodePoint(cp))) return false;
  if (inRange(cp, 0x0300, 0x036f)) {
    // Decomposed (NFD) text: an accent after a letter. Beyond U+0328 only with a symbol as evidence
    // ("PÍŠE" must stay Czech, not become P + U+034A).
    return previous !== undefined && LETTER.test(previous) && (cp <= 0x0328 || hasNonLetter);
  }
  return isCommonBlock(cp) || (hasNonLetter && isRarerBlock(cp));
}

/** Minimum second byte for the lead bytes whose range is narrower than 80–BF. */
function secondByteOk(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second <= 0x8f;
  return true;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Repairs one maximal run of byte-mappable characters; returns it unchanged when repair is not justified. */
function repairRun(chars: readonly string[]): string {
  const cps = chars.map((c) => c.codePointAt(0) ?? 0);
  const bytes = cps.map(byteOf);
  let out = '';
  let anyC1 = false;
  let strays = false;
  let changed = false;
  let i = 0;
  while (i < chars.length) {
    const lead = bytes[i] ?? 0;
    const len = sequenceLength(lead);
    if (len > 0 && i + len <= chars.length) {
      let valid = true;
      let value = lead & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
      let hasC1 = isC1(cps[i] ?? 0);
      let hasNonLetter = false;
      for (let k = 1; k < len; k++) {
        const b = bytes[i + k];
        if (b === undefined || b < 0x80 || b > 0xbf || (k === 1 && !secondByteOk(lead, b))) {
          valid = false;
          break;
        }
        value = (value << 6) | (b & 0x3f);
        hasC1 ||= isC1(cps[i + k] ?? 0);
        hasNonLetter ||= !LETTER.test(chars[i + k] ?? '');
      }
      if (valid && isPlausible(value, hasC1, hasNonLetter, lastChar(out))) {
        out += String.fromCodePoint(value);
        anyC1 ||= hasC1;
        changed = true;
        i += len;
        continue;
      }
    }
    if ((cps[i] ?? 0) >= 0x80) strays = true;
    anyC1 ||= isC1(cps[i] ?? 0);
    out += chars[i];
    i++;
  }
  if (!changed || (strays && !anyC1)) return chars.join('');
  return out;
}

function lastChar(s: string): string | undefined {
  if (s === '') return undefined;
  const cp = s.codePointAt(s.length - 1) ?? 0;
  // A trailing low surrogate: step back to the whole astral character.
  if (cp >= 0xdc00 && cp <= 0xdfff && s.length >= 2) return String.fromCodePoint(s.codePointAt(s.length - 2) ?? 0);
  return String.fromCodePoint(cp);
}

function repairOnce(text: string): string {
  let out = '';
  let run: string[] = [];
  for (const ch of text) {
    if (byteOf(ch.codePointAt(0) ?? 0) !== undefined) {
      run.push(ch);
    } else {
      if (run.length) out += repairRun(run);
      run = [];
      out += ch;
    }
  }
  if (run.length) out += repairRun(run);
  return out;
}

const MAYBE_MOJIBAKE = /[\u00c2-\u00f4]/;

/**
 * "JosÃ© RaÃºl Romero" → "José Raúl Romero", "Oliver WeiÃ\u009fl" → "Oliver Weißl",
 * "SchÃ¶lkopf" → "Schölkopf"; correct text comes back unchanged.
 */
export function repairMojibake(text: string): string {
  // Every UTF-8 lead byte shows as one of Â–ô: without one there is nothing to repair.
  if (!MAYBE_MOJIBAKE.test(text)) return text;
  let current = text;
  // Each pass shortens the text, so this ends; in practice one pass, two for double mojibake.
  for (;;) {
    const next = repairOnce(current);
    if (next === current) return current;
    current = next;
  }
}
