// Citation strings in one form for pages and figures: publisher (year). title. In: edition,
// edition date. permanent URL (date consulted). The date consulted is the reader's: pages carry a
// placeholder that a script fills with today's date.
import { formatDate } from './format.ts';

export interface CitationParts {
  uitgever: string;
  publicatiedatum: string;
  editie: string;
  title: string;
  url: string;
  /** the figure in this edition: its place on the page and its archived CSV (absolute URLs) */
  inEditie?: string[];
}

export const CONSULTED_PLACEHOLDER = '[datum van raadplegen]';

export function citationText(parts: CitationParts, consulted: string = CONSULTED_PLACEHOLDER) {
  const edition =
    parts.inEditie && parts.inEditie.length > 0
      ? ` Cijfers zoals in deze editie gepubliceerd: ${parts.inEditie.join(' ; ')}.`
      : '';
  return `${parts.uitgever} (${parts.publicatiedatum.slice(0, 4)}). ${parts.title}. In: ${parts.editie}, editie van ${formatDate(parts.publicatiedatum)}. ${parts.url} (geraadpleegd op ${consulted}).${edition}`;
}
