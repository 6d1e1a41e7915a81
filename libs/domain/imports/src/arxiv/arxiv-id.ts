export interface ArxivId {
  /** Without version: "1201.4869", "cond-mat/0412498". */
  id: string;
  /** "v1", or null when the source names no version. */
  version: string | null;
}

// New style since April 2007 (YYMM.NNNN, five digits from 2015); old style
// archive[.SUBJECT]/YYMMNNN, e.g. "cond-mat/0412498", "math.AG/0601001".
const ARXIV_ID = /^((?:\d{4}\.\d{4,5})|(?:[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}))(v\d+)?$/;

/** Reads an arXiv id from an abs/pdf URL ("http://arxiv.org/abs/cond-mat/0412498v1") or a bare id ("arXiv:1201.4869v1"). */
export function parseArxivId(raw: string | null | undefined): ArxivId | null {
  const value = raw
    ?.trim()
    .replace(/^https?:\/\/(?:export\.|www\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/\.pdf$/i, '')
    .replace(/^arxiv:/i, '');
  const match = value?.match(ARXIV_ID);
  return match ? { id: match[1], version: match[2] ?? null } : null;
}
