/**
 * ReScience titles a replication "[Re] <original title>" when it succeeded and
 * "[¬Re] …" when it failed (the journal's author instructions, repeated in every
 * metadata.yaml). MLRC reports often wrap the original title in a phrase:
 * `[Re] Reproducibility Study of "Quantifying Societal Bias …"`.
 */

const VERDICT = /^\s*\[\s*(¬|~|!|\\neg\s*|not\s+)?\s*re\s*\]\s*/i;

// The original title quoted inside the report's title, in the quote styles the corpus uses.
const QUOTED = [/“([^”]+)”/, /”([^”]+)”/, /"([^"]+)"/, /‘([^’]+)’/, /``(.+?)''/, /(?:^|\s)'(.+?)'(?=$|[\s,.:;!?])/];

const WRAPPING_PHRASE =
  /^(?:(?:a|an)\s+)?(?:(?:(?:reproducibility|replication|reproduction)(?:\s+case)?\s+(?:study|report|analysis)|on\s+the\s+reproducibility)\s*(?:of\b|:|-|–|—)?|reproduction\s+of\b|reproducing\b)\s*/i;

/** true for "[Re]", false for "[¬Re]", null when the title carries neither. */
export function replicationVerdict(title: string | null | undefined): boolean | null {
  const match = title ? VERDICT.exec(title) : null;
  if (!match) return null;
  return !match[1];
}

/** The replicated paper's title as far as the report's title gives it; null for a title that is not a replication's. */
export function originalTitleFromReplication(title: string | null | undefined): string | null {
  if (!title || !VERDICT.test(title)) return null;
  const rest = title.replace(VERDICT, '').trim();
  const quoted = QUOTED.map((pattern) => pattern.exec(rest))
    .filter((match): match is RegExpExecArray => Boolean(match && match[1].trim().length >= 8))
    .sort((a, b) => a.index - b.index)[0];
  const original = quoted ? quoted[1] : rest.replace(WRAPPING_PHRASE, '');
  return original.replace(/^[\s"'“”‘’]+|[\s"'“”‘’,;:]+$/g, '').trim() || null;
}
