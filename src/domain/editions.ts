// Editions and corrections: the history /over/ lists, the feeds publish and the correction
// banners on affected pages come from.
import type { Changelog, Correction } from './records.ts';

export interface EditionEntry {
  datum: string;
  titel: string;
  toelichting: string;
  /** the edition this build publishes */
  huidig: boolean;
}

export interface History {
  edities: EditionEntry[];
  correcties: Correction[];
}

/**
 * The changelog with the current edition in it (a data directory need not list its own edition),
 * newest first. Editions dated after the current one are dropped: they belong to a later build.
 */
export function editionHistory(
  changelog: Changelog,
  current: { datum: string; titel: string },
): History {
  const edities = changelog.edities
    .filter((e) => e.datum <= current.datum)
    .map((e) => ({ ...e, huidig: e.datum === current.datum }));
  if (!edities.some((e) => e.huidig)) edities.push({ ...current, toelichting: '', huidig: true });
  return {
    edities: edities.sort((a, b) => b.datum.localeCompare(a.datum)),
    correcties: [...changelog.correcties].sort((a, b) => b.datum.localeCompare(a.datum)),
  };
}

/** Whether a correction's page pattern covers a site path ("/gemeenten/*" covers its subtree). */
export function coversPath(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

export function correctionsFor(path: string, corrections: readonly Correction[]): Correction[] {
  return corrections.filter((c) => c.paginas.some((p) => coversPath(p, path)));
}
