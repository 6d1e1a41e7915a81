/**
 * Identifiers and links as BibTeX exporters write them: DOIs and URLs with
 * LaTeX escapes (DBLP's `10.1007/11827405\_23`), arXiv ids hidden in `eprint`,
 * in CoRR's `volume = {abs/1906.07413}`, in a journal string or in a URL, and
 * DBLP keys in the citation key or the `biburl`.
 */

/** Undo the escapes exporters put in verbatim fields (`\_`, `\%`, `\&`, `{\~{}}`), drop grouping braces. */
export function unescapeVerbatim(raw: string): string {
  return raw
    .replace(/\\textasciitilde(?:\{\})?|\\~(?:\{\})?/g, '~')
    .replace(/\\([_%&#$~])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
}

const DOI = /^10\.\d{4,9}\/\S+$/;

/** A bare DOI ("10.1007/11827405_23"), from a DOI field or a doi.org URL; null when it is not one. */
export function normaliseDoi(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const doi = unescapeVerbatim(raw)
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .replace(/[.,;]+$/, '');
  return DOI.test(doi) ? doi : null;
}

// New-style ids (0704.0001, 1906.07413) and old-style ones (cond-mat/0412498, math.ST/0601001), version dropped.
const ARXIV_NEW = /(?:^|[^\d.])(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d+)?(?!\d)/;
const ARXIV_OLD = /(?:^|[^a-z-])([a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]{2})?\/\d{7})(?:v\d+)?(?!\d)/;

/** The arXiv id in a text that is known to hold one ("arXiv:1606.04934v2", "abs/1906.07413", "cs/0503050"). */
export function arxivIdIn(text: string | null | undefined): string | null {
  if (!text) return null;
  return ARXIV_NEW.exec(text)?.[1] ?? ARXIV_OLD.exec(text)?.[1] ?? null;
}

/** True when the whole text is one arXiv id ("1906.07413", "arXiv:1906.07413v2", "cs/0503050"). */
export function isArxivId(text: string | null | undefined): boolean {
  return Boolean(text && /^(?:arxiv:)?(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]{2})?\/\d{7})(?:v\d+)?$/i.test(text.trim()));
}

/** The arXiv id of an arxiv.org abs/pdf/html URL. */
export function arxivIdFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const match = /arxiv\.org\/(?:abs|pdf|html|format)\/([^?#\s]+)/i.exec(unescapeVerbatim(url));
  return match ? arxivIdIn(match[1].replace(/\.pdf$/i, '')) : null;
}

/** DBLP record key ("conf/jcdl/MichelsFLSS17") from a `DBLP:` citation key or a dblp `biburl`. */
export function dblpKeyFrom(citationKey: string, biburl: string | null | undefined): string | null {
  const fromKey = /^DBLP:(\S+)$/.exec(citationKey)?.[1];
  if (fromKey) return fromKey;
  const fromUrl = biburl && /dblp\.(?:org|uni-trier\.de)\/rec\/(?:bib\d?\/|bibtex\d?\/)?([^?#\s]+?)(?:\.bib)?$/i.exec(unescapeVerbatim(biburl));
  return fromUrl ? fromUrl[1] : null;
}

/** The http(s) URLs in a URL field (some exporters put several, space-separated). */
export function httpUrls(raw: string | null | undefined): string[] {
  if (!raw) return [];
  return unescapeVerbatim(raw)
    .split(/\s+/)
    .filter((candidate) => {
      if (!/^https?:\/\//i.test(candidate)) return false;
      try {
        return Boolean(new URL(candidate).hostname.includes('.'));
      } catch {
        return false;
      }
    });
}
