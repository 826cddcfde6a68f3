// Rules every value from a data file must pass before it can become a figure, a name on a page
// or a path: limits, characters, dates and links. Pure; the readers in src/pipeline apply them
// and report violations with file, line and column. /methode/ states the same rules.

/** Upper bounds beyond which a value is a mistake (or an attack), not a fact. */
export const LIMITS = {
  /** instelling_id, NIS code, organisation id: they become URLs and file names. */
  idLength: 64,
  /** names of institutions, boards, municipalities, persons */
  nameLength: 300,
  /** any other field (bron, free text) */
  fieldLength: 4000,
  /** head counts per board (vrouwen, mannen, x, zetels): the largest parliaments have < 1000 */
  seats: 1000,
  /** columns of a table: the widest format (mandaten) has 29 */
  columns: 200,
  /** rows of one spreadsheet sheet (Excel's own maximum) */
  sheetRows: 1_048_576,
  /** uncompressed size of one XLSX part: guards against a small file that declares a huge sheet */
  xlsxPartBytes: 200 * 1024 * 1024,
  firstYear: 1900,
  lastYear: 2100,
} as const;

/**
 * Characters that never belong in a data value: C0 controls other than tab, line feed and
 * carriage return, DEL, C1 controls, the bidirectional overrides (they can make a name read
 * differently from what it is), U+FFFD (a character already lost in an earlier conversion) and
 * the invisible format characters (soft hyphen, zero-width spaces and joiners, word joiner, a
 * byte-order mark inside a text): they make one name into several that look the same. One rule
 * for every input: refused with file, line and column, never removed in silence.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD]/u;

/** The first forbidden character of a value with its 1-based position, or null. */
export function forbiddenCharacter(value: string): { position: number; code: string } | null {
  const match = FORBIDDEN.exec(value);
  if (!match) return null;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return { position: match.index + 1, code: `U+${code}` };
}

/** Unicode NFC: the same text typed or pasted differently compares and hashes equal. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** True for an ISO date (jjjj-mm-dd) that exists in the calendar (no 2019-13-45, no 30 February). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True when a link from data may become an href: absolute http(s) only. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A contact: an http(s) page, a mailto: address or a bare e-mail address. */
export function isContactUrl(value: string): boolean {
  if (isHttpUrl(value)) return true;
  return /^(mailto:)?[^\s@<>"?&:/]+@[^\s@<>"?&:/]+\.[^\s@<>"?&:/]+$/i.test(value.trim());
}
