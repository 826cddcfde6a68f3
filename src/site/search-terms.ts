// Extra index terms for Pagefind, which does not split Dutch compounds or hyphenated names:
// name parts, spelling with spaces, former names and the parts of common compounds.

const COMPOUNDS: Record<string, string[]> = {
  gemeenteraad: ['gemeente', 'raad'],
  gemeenteraadslid: ['gemeente', 'raad', 'raadslid'],
  schepencollege: ['schepen', 'college'],
  'raad van toezicht': ['raadvantoezicht', 'toezicht'],
  'raad van bestuur': ['raadvanbestuur', 'bestuur'],
  'raad van commissarissen': ['raadvancommissarissen', 'commissarissen'],
  'college van bestuur': ['collegevanbestuur', 'bestuur'],
  woningcorporaties: ['woning', 'corporaties'],
  zorggroep: ['zorg', 'groep'],
  woonstichting: ['woon', 'stichting'],
};

/** Words a reader may type for a name: its parts, and the whole without dashes or spaces. */
export function nameVariants(name: string): string[] {
  const parts = name.split(/[\s\-'’]+/).filter(Boolean);
  return [name.replace(/-/g, ' '), parts.join(''), ...parts];
}

/** The marker that opens the hidden term block: the search page drops excerpts that show it. */
export const TERMS_MARKER = 'Zoektermen:';

/**
 * The term block of a page: name variants, compound parts found in names or text, postcodes in
 * text, and `codes` as they are (an institution's key, which the page shows outside the index).
 */
export function searchTerms(names: string[], text: string[] = [], codes: string[] = []): string {
  const terms = new Set<string>(codes);
  for (const name of names) for (const v of nameVariants(name)) terms.add(v);
  const haystack = [...names, ...text].join(' ').toLowerCase();
  for (const [compound, parts] of Object.entries(COMPOUNDS)) {
    if (haystack.includes(compound)) for (const p of parts) terms.add(p);
  }
  // Bare numbers (postcodes) are terms as they are.
  for (const t of text) if (/^\d{4}$/.test(t)) terms.add(t);
  return `${TERMS_MARKER} ${[...terms].join(' ')}`;
}
