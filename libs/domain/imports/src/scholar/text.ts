const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/**
 * Titles extracted from PDFs carry typographic ligatures ("arti\uFB01cial");
 * spelled out, the title matches the same paper from other sources. Only the
 * ligature block is touched: NFKC would also flatten curly quotes, "½" and
 * superscripts, which are part of how the title is written.
 */
export function expandLigatures(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (ch) => LIGATURES[ch] ?? ch);
}

/** Line breaks and runs of spaces inside a title or name become one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
