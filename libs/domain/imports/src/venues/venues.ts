/**
 * Venue spellings → short canonical names, shared by every import parser.
 *
 * Matching runs on a folded form of the text (accents and LaTeX braces dropped,
 * lower case, punctuation as spaces), so "Proc. of NIPS'17", "Advances in Neural
 * Information Processing Systems 32" and "{NeurIPS} 2019" all read the same.
 */

interface VenueRule {
  venue: string;
  patterns: RegExp[];
}

// Order matters where one name contains another: TACL and NAACL before ACL,
// the conferences before the arXiv catch-all (DBLP writes "ICML ... CoRR" nowhere,
// but a booktitle that names a venue is never a preprint).
const VENUE_RULES: VenueRule[] = [
  { venue: 'TACL', patterns: [/\btacl\b/, /\btransactions of the association for computational linguistics\b/, /\btrans assoc comput linguistics\b/] },
  { venue: 'NAACL', patterns: [/\bnaacl\b/, /\bnorth american chapter of the association for computational linguistics\b/] },
  { venue: 'EMNLP', patterns: [/\bemnlp\b/, /\bempirical methods in natural language processing\b/] },
  { venue: 'ACL', patterns: [/\bacl\b/, /\bannual meeting of the association for computational linguistics\b/, /^(?:proceedings of )?(?:the )?association for computational linguistics\b/] },
  { venue: 'NeurIPS', patterns: [/\bneurips\b/, /\bnips\b/, /\bneural information processing systems\b/] },
  { venue: 'ICML', patterns: [/\bicml\b/, /\binternational conference on machine learning\b(?! and)(?! for)/] },
  { venue: 'ICLR', patterns: [/\biclr\b/, /\binternational conference on learning representations\b/] },
  { venue: 'CVPR', patterns: [/\bcvpr\b/, /\bcomputer vision and pattern recognition\b/] },
  { venue: 'ICCV', patterns: [/\biccv\b/, /\binternational conference on computer vision\b(?! theory)(?! systems)(?! and)/] },
  { venue: 'ECCV', patterns: [/\beccv\b/, /\beuropean conference on computer vision\b/] },
  { venue: 'AAAI', patterns: [/\baaai\b/, /\bnational conference on artificial intelligence\b/] },
  { venue: 'IJCAI', patterns: [/\bijcai\b/, /\binternational joint conference on artificial intelligence\b/] },
  {
    venue: 'KDD',
    patterns: [/\bkdd\b/, /\bsigkdd\b/, /^(?!.*\bpacific asia\b).*\bknowledge discovery (?:and|in) data mining\b/],
  },
  { venue: 'AISTATS', patterns: [/\baistats\b/, /\bartificial intelligence and statistics\b/] },
  { venue: 'UAI', patterns: [/\buai\b/, /\buncertainty in artificial intelligence\b/] },
  { venue: 'COLT', patterns: [/\bcolt\b/, /\bconference on learning theory\b/, /\bcomputational learning theory\b/] },
  { venue: 'TMLR', patterns: [/\btmlr\b/, /\btransactions on machine learning research\b/, /\btrans mach learn res\b/] },
  { venue: 'JMLR', patterns: [/\bjmlr\b/, /\bjournal of machine learning research\b/, /\bj mach learn res\b/] },
  {
    venue: 'TPAMI',
    patterns: [/\b(?:t ?)?pami\b/, /\bpattern analysis and machine intelligence\b/, /\btrans pattern anal mach intell\b/],
  },
  { venue: 'arXiv', patterns: [/\barxiv\b/, /^corr\b/, /\bcorr abs\b/, /\bcomputing research repository\b/] },
];

// Series names that are not venues by themselves: PMLR (and its old name, JMLR
// W&CP) publishes ICML, AISTATS, COLT, UAI and workshops alike. They also contain
// the word "workshop" without being one.
const SERIES_NAMES = [
  /\bjmlr workshop and conference proceedings\b/g,
  /\bjournal of machine learning research workshop and conference proceedings\b/g,
  /\bjmlr w ?and ?cp\b/g,
  /\bproceedings of machine learning research\b/g,
  /\bpmlr\b/g,
];

// AISTATS was called a workshop until 2005; it is the conference, not a workshop.
const NOT_A_WORKSHOP = /\bworkshop on artificial intelligence and statistics\b/;
const WORKSHOP = /\bworkshops?\b|\bwksp\b/;
const FINDINGS = /\bfindings\b/;
const PREPRINT = /\barxiv\b|^corr\b|\bcorr abs\b|\bcomputing research repository\b|\bbiorxiv\b|\bmedrxiv\b|\bchemrxiv\b|\bpreprints?\b|\be ?prints?\b|\bssrn\b/;

/** Lower-case ASCII words: accents, LaTeX commands and braces dropped, "&" read as "and". */
export function foldVenueText(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\\([&%_$#])/g, '$1')
    .replace(/\\["'`^~=.]/g, '')
    .replace(/\\[a-zA-Z]+/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function withoutSeriesNames(folded: string): string {
  return SERIES_NAMES.reduce((text, series) => text.replace(series, ' '), folded)
    .replace(/\s+/g, ' ')
    .trim();
}

function matchVenue(folded: string): string | null {
  for (const rule of VENUE_RULES) {
    if (rule.patterns.some((pattern) => pattern.test(folded))) return rule.venue;
  }
  return null;
}

/** True for workshop venues ("ICML Workshop on …", "CVPR Workshops", "ICLR Workshop Track"). */
export function isWorkshopVenue(raw: string | null | undefined): boolean {
  if (!raw) return false;
  const folded = withoutSeriesNames(foldVenueText(raw));
  return WORKSHOP.test(folded) && !NOT_A_WORKSHOP.test(folded);
}

/** True for preprint servers (arXiv, CoRR, bioRxiv, "arXiv preprint arXiv:…", "ArXiv e-prints"). */
export function isPreprintVenue(raw: string | null | undefined): boolean {
  if (!raw) return false;
  return PREPRINT.test(foldVenueText(raw));
}

/**
 * The short name of a recognised venue ("NeurIPS", "ICML", "arXiv", …), or null
 * when the text names none (the caller then keeps the venue as written).
 * Workshops get their host's name plus " Workshop" ("ICML Workshop"), never the
 * bare host, so a workshop paper is not counted as a main-track one; a workshop
 * whose host is not recognised gives null. Findings tracks read "EMNLP Findings".
 */
export function canonicalVenue(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const folded = withoutSeriesNames(foldVenueText(raw));
  if (!folded) return null;
  const venue = matchVenue(folded);
  if (WORKSHOP.test(folded) && !NOT_A_WORKSHOP.test(folded)) {
    return venue && venue !== 'arXiv' ? `${venue} Workshop` : null;
  }
  if (venue && FINDINGS.test(folded) && ['ACL', 'EMNLP', 'NAACL'].includes(venue)) return `${venue} Findings`;
  return venue;
}
