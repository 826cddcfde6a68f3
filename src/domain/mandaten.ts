// Pure rules for mandatendatabank records (DATA.md §3): local dates, activity on a peildatum,
// functions, gender codes and the Gelijke Kansen match.
import { isRealIsoDate } from './input-rules.ts';
import { normaliseLabel } from './text.ts';

const brusselsDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const localDateCache = new Map<string, string | null>();

/**
 * The Europe/Brussels calendar date (YYYY-MM-DD) of an xsd:dateTime or xsd:date. The registry
 * stores local midnight as 23:00Z (22:00Z in summer) of the previous day, so the UTC date part
 * is wrong for almost every start date. Returns null for an unreadable value.
 */
export function toBrusselsDate(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const cached = localDateCache.get(trimmed);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  // The calendar date must exist: 2019-02-30 is not rolled over into March.
  if (!isRealIsoDate(trimmed.slice(0, 10))) result = null;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    result = trimmed;
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    // A dateTime without zone is already local time.
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(trimmed);
    if (!hasZone) {
      result = trimmed.slice(0, 10);
    } else {
      const ms = Date.parse(trimmed);
      result = Number.isNaN(ms) ? null : brusselsDate.format(new Date(ms));
    }
  }
  if (localDateCache.size > 100_000) localDateCache.clear();
  localDateCache.set(trimmed, result);
  return result;
}

export const ACTIVE_STATUSES = new Set(['effectief', 'waarnemend']);

export interface ActivityInput {
  startDate: string | null;
  endDate: string | null;
  statusLabel: string;
}

/** Active on D: local start <= D, no end or local end > D, status Effectief or Waarnemend. */
export function isActiveOn(m: ActivityInput, peildatum: string): boolean {
  if (!ACTIVE_STATUSES.has(m.statusLabel.trim().toLowerCase())) return false;
  if (m.startDate !== null && m.startDate > peildatum) return false;
  if (m.endDate !== null && m.endDate <= peildatum) return false;
  return true;
}

export type Functie = 'burgemeester' | 'schepen' | 'raadslid';

const FUNCTIES: Record<string, Functie> = {
  burgemeester: 'burgemeester',
  schepen: 'schepen',
  'toegevoegde schepen': 'schepen',
  gemeenteraadslid: 'raadslid',
  'voorzitter van de gemeenteraad': 'raadslid',
};

/** Maps a bestuursfunctieLabel to the function group it counts in, or null. */
export function classifyFunctie(label: string): Functie | null {
  return FUNCTIES[normaliseLabel(label)] ?? null;
}

export type Geslacht = 'vrouw' | 'man' | 'onbekend';

const GENDER_CODES: Record<string, Geslacht> = {
  'http://publications.europa.eu/resource/authority/human-sex/female': 'vrouw',
  vrouw: 'vrouw',
  v: 'vrouw',
  f: 'vrouw',
  female: 'vrouw',
  vrouwelijk: 'vrouw',
  'http://publications.europa.eu/resource/authority/human-sex/male': 'man',
  man: 'man',
  m: 'man',
  male: 'man',
  mannelijk: 'man',
};

export function normaliseGeslacht(value: string | null | undefined): Geslacht {
  if (!value) return 'onbekend';
  return GENDER_CODES[value.trim().toLowerCase()] ?? 'onbekend';
}

export type BeleidsdomeinLookup = ReadonlyMap<string, string>;

/**
 * True when a beleidsdomein label is about Gelijke Kansen: the lookup decides when it lists
 * the label (theme `gelijke-kansen`, or `-` to exclude); otherwise the normalised text does.
 */
export function isGelijkeKansen(label: string, lookup: BeleidsdomeinLookup): boolean {
  const key = normaliseLabel(label);
  const theme = lookup.get(key);
  if (theme !== undefined) return theme === 'gelijke-kansen';
  return key.includes('gelijke kansen') || key.includes('gelijkekansen');
}

export type GkStatus = 'schepen' | 'burgemeester' | 'geen' | 'onbekend';
export const GK_STATUSES: readonly GkStatus[] = ['schepen', 'burgemeester', 'geen', 'onbekend'];

export function gkStatus(input: {
  gkSchepen: number;
  gkBurgemeester: number;
  collegeHasCompetences: boolean;
}): GkStatus {
  if (input.gkSchepen >= 1) return 'schepen';
  if (input.gkBurgemeester === 1) return 'burgemeester';
  if (input.collegeHasCompetences) return 'geen';
  return 'onbekend';
}
