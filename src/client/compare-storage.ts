// Where the comparison basket is kept between pages: localStorage, when the browser allows it.
import { parseStored, type CompareSelection } from '../site/compare-selection.ts';

export const STORAGE_KEY = 'genderdiversiteit.vergelijking.v1';

export function readBasket(): CompareSelection {
  try {
    return parseStored(localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseStored(null); // storage blocked: the basket lives only as long as the page
  }
}

export function writeBasket(selection: CompareSelection): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(selection));
  } catch {
    // Storage blocked or full: the comparison URL still carries the selection.
  }
}
