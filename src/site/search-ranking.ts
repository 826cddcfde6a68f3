// Pagefind ranks by where and how often words occur, so "Utrecht" finds Utrechtse Heuvelrug
// (a longer word) and long pages that name Utrecht often before the page about Utrecht itself.
// A reader who types a name exactly means that page: results whose title or one of whose names
// (the page's `namen` meta: official, common and former names) equal the query move to the top,
// in Pagefind's order; all others keep their order. Pure, for the search page and its tests.
import { suggestionKey } from './search-suggestions.ts';

/** The meta that lists a page's names, separated by NAMES_SEPARATOR. */
export const NAMES_META = 'namen';
export const NAMES_SEPARATOR = '|';
/** The meta that repeats a page's hidden search terms (src/site/search-terms.ts). */
export const TERMS_META = 'termen';

/**
 * True when an excerpt (Pagefind's, with <mark>) lies wholly inside the page's hidden search
 * terms: a list of name parts and postcodes that says nothing to a reader.
 */
export function excerptFromTerms(excerpt: string, terms: string | undefined): boolean {
  if (!terms) return false;
  const flat = (text: string) =>
    text
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const words = flat(excerpt)
    .replace(/[.…]+$/, '')
    .trim();
  return words !== '' && flat(terms).includes(words);
}

/** Names within reach of a mistyped query, when none of the results is named exactly so. */
export function hasExactName(query: string, results: readonly RankedResult[]): boolean {
  return results.some((r) => namesMatch(query, r));
}

export interface RankedResult {
  title?: string;
  /** the page's names as its meta gives them ("Den Haag|'s-Gravenhage") */
  namen?: string;
}

/** A title without a parenthetical ("Gent (gemeente)" -> "Gent") or the word "Provincie". */
function titleName(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '').replace(/^provincie\s+/i, '');
}

export function namesMatch(query: string, result: RankedResult): boolean {
  const key = suggestionKey(query);
  if (key === '') return false;
  const names = [
    ...(result.title ? [result.title, titleName(result.title)] : []),
    ...(result.namen ?? '').split(NAMES_SEPARATOR),
  ];
  return names.some((n) => n.trim() !== '' && suggestionKey(n) === key);
}

/** Indices of `results` in their new order: exact name matches first, each group stable. */
export function exactNamesFirst(query: string, results: readonly RankedResult[]): number[] {
  const exact: number[] = [];
  const rest: number[] = [];
  results.forEach((r, i) => (namesMatch(query, r) ? exact : rest).push(i));
  return [...exact, ...rest];
}
