// The kinds of source a figure can come from (DATA.md §6): every figure, total and download row
// belongs to exactly one, and real and demo kinds never meet in one figure.

export const BRONSOORTEN = [
  'register',
  'verkiezingsuitslag',
  'bronbestand',
  'gepubliceerd',
  'voorbeelddata',
] as const;
export type Bronsoort = (typeof BRONSOORTEN)[number];

/** How a figure's source kind is named to readers. */
export const BRONSOORT_LABELS: Record<Bronsoort, string> = {
  register: 'registerextract',
  verkiezingsuitslag: 'verkiezingsuitslag',
  bronbestand: 'bronbestand',
  gepubliceerd: 'gepubliceerd cijfer',
  voorbeelddata: 'voorbeelddata',
};

export function isDemo(kind: Bronsoort | null | undefined): boolean {
  return kind === 'voorbeelddata';
}

/** The kind of a raw file: demo when its sidecar or the edition says so, else `real`. */
export function kindOfFile(
  real: 'register' | 'bronbestand',
  sidecarDemo: boolean | undefined,
  editionDemo: boolean | undefined,
): Bronsoort {
  return sidecarDemo === true || editionDemo === true ? 'voorbeelddata' : real;
}
