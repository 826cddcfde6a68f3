// The comparison selection: which institutions and municipalities a reader compares. It lives in
// the URL of /vergelijken/ (so a link restores it) and in localStorage while the reader browses.
// Pure functions only: used by the build, the browser scripts and the unit tests.

export type CompareKind = 'instelling' | 'gemeente';

export interface CompareSelection {
  instelling: string[];
  gemeente: string[];
}

/** URL parameter per kind; the values are permanent keys (institution slug, NIS code). */
export const COMPARE_PARAMS: Record<CompareKind, string> = {
  instelling: 'instellingen',
  gemeente: 'gemeenten',
};

/** Which period parameter each kind's table uses. */
export const PERIOD_PARAMS: Record<CompareKind, string> = {
  instelling: 'jaar',
  gemeente: 'peildatum',
};

const KEY_PATTERNS: Record<CompareKind, RegExp> = {
  instelling: /^[a-z0-9][a-z0-9-]{0,120}$/,
  gemeente: /^\d{5}$/,
};

/** More columns than this stop being readable side by side, on a phone least of all. */
export const MAX_PER_KIND = 8;

export const COMPARE_KINDS: readonly CompareKind[] = ['instelling', 'gemeente'];

export function emptySelection(): CompareSelection {
  return { instelling: [], gemeente: [] };
}

/** Keeps valid, distinct keys in first-seen order, at most MAX_PER_KIND. */
export function cleanKeys(kind: CompareKind, keys: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const raw of keys) {
    const key = raw.trim().toLowerCase();
    if (KEY_PATTERNS[kind].test(key)) seen.add(key);
    if (seen.size === MAX_PER_KIND) break;
  }
  return [...seen];
}

export function parseSelection(params: URLSearchParams): CompareSelection {
  const selection = emptySelection();
  for (const kind of COMPARE_KINDS) {
    const values = params.getAll(COMPARE_PARAMS[kind]).flatMap((v) => v.split(','));
    selection[kind] = cleanKeys(kind, values);
  }
  return selection;
}

/** The query string for a selection (without "?"), kinds in a fixed order; commas stay readable. */
export function formatSelection(
  selection: CompareSelection,
  periods: Partial<Record<CompareKind, string>> = {},
): string {
  const parts: string[] = [];
  for (const kind of COMPARE_KINDS) {
    const keys = cleanKeys(kind, selection[kind]);
    if (keys.length > 0) parts.push(`${COMPARE_PARAMS[kind]}=${keys.join(',')}`);
    const period = periods[kind];
    if (keys.length > 0 && period && /^[\d-]{4,10}$/.test(period)) {
      parts.push(`${PERIOD_PARAMS[kind]}=${period}`);
    }
  }
  return parts.join('&');
}

export function selectionSize(selection: CompareSelection): number {
  return selection.instelling.length + selection.gemeente.length;
}

/** Adds or removes one key; adding beyond the limit leaves the selection as it was. */
export function toggleKey(
  selection: CompareSelection,
  kind: CompareKind,
  key: string,
): CompareSelection {
  const list = selection[kind];
  const next = list.includes(key)
    ? list.filter((k) => k !== key)
    : list.length < MAX_PER_KIND
      ? [...list, key]
      : list;
  return { ...selection, [kind]: cleanKeys(kind, next) };
}

/** "instelling:demo-00001" -> ['instelling', 'demo-00001'], or null when malformed. */
export function parseToken(token: string): [CompareKind, string] | null {
  const [kind, key] = token.split(':');
  if (kind !== 'instelling' && kind !== 'gemeente') return null;
  const clean = cleanKeys(kind, [key ?? '']);
  return clean[0] ? [kind, clean[0]] : null;
}

/** Reads a stored selection, tolerating anything (storage is shared with other code and users). */
export function parseStored(text: string | null): CompareSelection {
  if (!text) return emptySelection();
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return emptySelection();
    const record = value as Record<string, unknown>;
    const selection = emptySelection();
    for (const kind of COMPARE_KINDS) {
      const list = record[kind];
      if (Array.isArray(list)) {
        selection[kind] = cleanKeys(
          kind,
          list.filter((v): v is string => typeof v === 'string'),
        );
      }
    }
    return selection;
  } catch {
    return emptySelection();
  }
}
