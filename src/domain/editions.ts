// Editions and corrections: the history /over/ lists, the feeds publish and the correction
// banners on affected pages come from.
import type { EditionChange, TableRow } from './edition-diff.ts';
import type { Changelog, Correction } from './records.ts';

export interface EditionEntry {
  datum: string;
  titel: string;
  toelichting: string;
  /** the edition this build publishes */
  huidig: boolean;
  /** its downloads are served under /edities/<datum>/downloads/ (archived, or this build's) */
  gearchiveerd: boolean;
  /** an edition of the demo part only: listed, never archived */
  deel: 'voorbeelddata' | null;
}

/** An edition with downloads: what it published and what changed against the one before. */
export interface EditionInfo {
  datum: string;
  titel: string;
  toelichting: string;
  huidig: boolean;
  /** archived in the data directory (false: this build's edition, not yet published) */
  gearchiveerd: boolean;
  /** files under /edities/<datum>/downloads/ */
  bestanden: string[];
  vorige: string | null;
  veranderingen: EditionChange[] | null;
}

/** What one edition published about each entity, for the entity pages' history. */
export interface EditionFigures {
  datum: string;
  instellingen: Record<string, TableRow[]>;
  sectoren: Record<string, TableRow[]>;
  gemeenten: Record<string, TableRow[]>;
  provincies: Record<string, TableRow[]>;
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
  archived: readonly { datum: string; titel: string; toelichting: string }[] = [],
): History {
  const withArchive = new Set(archived.map((a) => a.datum));
  const edities: EditionEntry[] = changelog.edities
    .filter((e) => e.datum <= current.datum)
    .map((e) => {
      const archive = archived.find((a) => a.datum === e.datum);
      return {
        datum: e.datum,
        titel: archive?.titel ?? e.titel,
        toelichting: archive?.toelichting || e.toelichting,
        huidig: e.datum === current.datum,
        gearchiveerd: withArchive.has(e.datum) || e.datum === current.datum,
        deel: e.deel ?? null,
      };
    });
  for (const a of archived)
    if (!edities.some((e) => e.datum === a.datum))
      edities.push({
        ...a,
        huidig: a.datum === current.datum,
        gearchiveerd: true,
        deel: null,
      });
  if (!edities.some((e) => e.huidig))
    edities.push({ ...current, toelichting: '', huidig: true, gearchiveerd: true, deel: null });
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
