// The rules that turn the Dutch register of government organisations (ROO, DATA.md §8) into
// boards with seats by gender: organisation id, gender from the registered salutation, province
// from the address list, one count per person per board and the waarnemend rule. Pure functions.
import type { FunctionRule, GremiumCode } from './lookups.ts';

export type { FunctionRule };

export type RooGender = 'vrouw' | 'man' | 'x';

/** Salutations as the register's organisations write them, lowercased (DATA.md §8). */
const WOMAN = ['mevrouw', 'mevr.', 'mw.', 'mw'];
const MAN = ['de heer', 'dhr.', 'dhr', 'hr.'];

function startsWithSalutation(name: string, salutation: string): boolean {
  if (!name.startsWith(salutation)) return false;
  const next = name.charAt(salutation.length);
  // "Mw" must stand alone ("Mwangi" is a name); after a dot the initials may follow directly.
  return next === '' || /\s/.test(next) || salutation.endsWith('.');
}

/**
 * Gender as the organisation registered it: the salutation at the start of the name. Anything
 * else, a bare name or initials, is `x` (unknown): gender is never guessed from a first name.
 */
export function genderFromSalutation(naam: string): RooGender {
  const name = naam.trim().toLowerCase();
  if (WOMAN.some((s) => startsWithSalutation(name, s))) return 'vrouw';
  if (MAN.some((s) => startsWithSalutation(name, s))) return 'man';
  return 'x';
}

/** A person's name as the register's unit of counting: whitespace trimmed and collapsed. */
export function personKey(naam: string): string {
  return naam.trim().replace(/\s+/g, ' ');
}

/**
 * Organisation id: `Organisatiecode` lowercased, else the last path segment of the TOOi URI
 * (twelve municipalities have their code only there). Null when neither gives one.
 */
export function organisationId(code: string, tooiUri: string): string | null {
  const own = code.trim().toLowerCase();
  if (own !== '') return own;
  const segment = tooiUri.trim().replace(/\/+$/, '').split('/').at(-1) ?? '';
  return /^https?:\/\//i.test(tooiUri.trim()) && segment !== '' ? segment.toLowerCase() : null;
}

export const PROVINCES_NL: Record<string, string> = {
  GR: 'Groningen',
  FR: 'Fryslân',
  DR: 'Drenthe',
  OV: 'Overijssel',
  FL: 'Flevoland',
  GD: 'Gelderland',
  UT: 'Utrecht',
  NH: 'Noord-Holland',
  ZH: 'Zuid-Holland',
  ZL: 'Zeeland',
  NB: 'Noord-Brabant',
  LB: 'Limburg',
};

/**
 * The province of the first address in the register's `;`-separated address list that names
 * one (`provincieAfkorting: XX`). `afkorting` is null when no address names a province; `naam`
 * is null when the abbreviation is not one of the twelve.
 */
export function provinceFromAddresses(field: string): {
  afkorting: string | null;
  naam: string | null;
} {
  const match = /provincieAfkorting:\s*([^,;\s]+)/i.exec(field);
  if (!match) return { afkorting: null, naam: null };
  const afkorting = match[1]!.toUpperCase();
  return { afkorting, naam: PROVINCES_NL[afkorting] ?? null };
}

export interface HolderRow {
  naam: string;
  functie: string;
}

export interface CountedBoard {
  gremium_type: GremiumCode;
  gremium: string;
  vrouwen: number;
  mannen: number;
  x: number;
  /** distinct persons: vrouwen + mannen + x */
  personen: number;
}

export interface OrganisationCount {
  boards: CountedBoard[];
  /** chairs of a board (the burgemeester): distinct persons by gender */
  voorzitters: { vrouwen: number; mannen: number; x: number };
  /** functions the lookup does not know, with their number of rows */
  onbekend: Map<string, number>;
  /** functions that are not a board seat, with their number of rows */
  geenZetel: Map<string, number>;
  /** regular functions left out because a waarnemend holder of the same function is listed */
  verdrongen: { functie: string; door: string; rijen: number }[];
  /** seated rows of a person already counted on that board */
  dubbel: number;
}

const WAARNEMEND = / waarnemend$/i;

function boardKey(type: string, gremium: string): string {
  return `${type}\u0000${gremium}`;
}

/**
 * Counts one organisation's boards. `boards` lists every board its type has (so a board nobody
 * is listed for still becomes a row, without data); `rule` maps a function to a board or to
 * "not a seat" (undefined: not in the lookup). A person counts once per board; a function
 * "X waarnemend" displaces "X" in the same board (the acting mayor is the college's mayor).
 */
export function countOrganisation(
  holders: readonly HolderRow[],
  boards: readonly { gremium_type: GremiumCode; gremium: string }[],
  rule: (functie: string) => FunctionRule | undefined,
): OrganisationCount {
  const onbekend = new Map<string, number>();
  const geenZetel = new Map<string, number>();
  const seated: { row: HolderRow; r: Extract<FunctionRule, { seat: true }> }[] = [];
  for (const row of holders) {
    const r = rule(row.functie);
    if (r === undefined) onbekend.set(row.functie, (onbekend.get(row.functie) ?? 0) + 1);
    else if (!r.seat) geenZetel.set(row.functie, (geenZetel.get(row.functie) ?? 0) + 1);
    else seated.push({ row, r });
  }

  // The waarnemend rule: per board, the functions displaced by an acting holder.
  const displaced = new Map<string, string>();
  for (const { row, r } of seated) {
    if (!WAARNEMEND.test(row.functie)) continue;
    const base = row.functie.replace(WAARNEMEND, '').trim().toLowerCase();
    displaced.set(boardKey(r.gremium_type, r.gremium) + '\u0000' + base, row.functie);
  }
  const verdrongen = new Map<string, { functie: string; door: string; rijen: number }>();
  const persons = new Map<string, Map<string, RooGender>>();
  const chairs = new Map<string, RooGender>();
  let dubbel = 0;
  for (const { row, r } of seated) {
    const key = boardKey(r.gremium_type, r.gremium);
    const by = displaced.get(`${key}\u0000${row.functie.trim().toLowerCase()}`);
    if (by !== undefined) {
      const entry = verdrongen.get(row.functie) ?? { functie: row.functie, door: by, rijen: 0 };
      entry.rijen += 1;
      verdrongen.set(row.functie, entry);
      continue;
    }
    const name = personKey(row.naam);
    const gender = genderFromSalutation(name);
    let board = persons.get(key);
    if (!board) persons.set(key, (board = new Map<string, RooGender>()));
    if (board.has(name)) dubbel += 1;
    board.set(name, gender);
    if (r.voorzitter) chairs.set(`${key}\u0000${name}`, gender);
  }

  const tally = (genders: Iterable<RooGender>) => {
    const t = { vrouwen: 0, mannen: 0, x: 0 };
    for (const g of genders) {
      if (g === 'vrouw') t.vrouwen += 1;
      else if (g === 'man') t.mannen += 1;
      else t.x += 1;
    }
    return t;
  };
  return {
    boards: boards.map((b) => {
      const t = tally(persons.get(boardKey(b.gremium_type, b.gremium))?.values() ?? []);
      return { ...b, ...t, personen: t.vrouwen + t.mannen + t.x };
    }),
    voorzitters: tally(chairs.values()),
    onbekend,
    geenZetel,
    verdrongen: [...verdrongen.values()],
    dubbel,
  };
}

/** One organisation of a register export as its page and register table show it. */
export interface RegisterOrganisation {
  instelling_id: string;
  instelling: string;
  type: string;
  /** canonical sector slug of the type (lookups/sectoren.csv) */
  sector: string;
  provincie: string;
  /** chairs of the boards (burgemeesters): distinct persons by gender */
  voorzitters: { vrouwen: number; mannen: number; x: number };
  /** `Totaal aantal zetels` as registered; null when empty */
  zetels_register: number | null;
  /** council members counted (distinct names); null when the type has no `raad` board */
  raad_geteld: number | null;
  /** functions left out by the waarnemend rule ("Burgemeester" beside "Burgemeester waarnemend") */
  verdrongen: string[];
}

/** The register's check: council members counted against the seats it registers. */
export function seatCheck(o: Pick<RegisterOrganisation, 'zetels_register' | 'raad_geteld'>) {
  if (o.zetels_register === null || o.raad_geteld === null) return null;
  return o.zetels_register === o.raad_geteld ? 'gelijk' : 'afwijking';
}

/** One pair of register exports (organisations and office holders) of one type and date. */
export interface RegisterSnapshot {
  /** organisation type as in the file name ("Gemeenten") */
  exportType: string;
  peildatum: string;
  bestanden: string[];
  bronsoort: import('./source-kinds.ts').Bronsoort;
  organisaties: RegisterOrganisation[];
  /** functions not in lookups/roo-functies.csv: reported, never dropped silently */
  onbekendeFuncties: { type: string; functie: string; rijen: number }[];
}

/** Chairs (burgemeesters) and seat-check deviations of a register export, per province and all. */
export interface RegisterAreaRow {
  peildatum: string;
  sector: string;
  /** '' for all provinces together */
  provincie: string;
  n_organisaties: number;
  n_voorzitters: number;
  n_voorzitters_vrouw: number;
  n_voorzitters_man: number;
  n_voorzitters_x: number;
  aandeel_vrouwen_voorzitters: number | null;
  n_zetelafwijkingen: number;
  bronsoort: import('./source-kinds.ts').Bronsoort;
}

export function registerAreaRows(snapshots: readonly RegisterSnapshot[]): RegisterAreaRow[] {
  const rows: RegisterAreaRow[] = [];
  for (const s of snapshots) {
    const sectors = [...new Set(s.organisaties.map((o) => o.sector))].sort();
    for (const sector of sectors) {
      const own = s.organisaties.filter((o) => o.sector === sector);
      const provinces = [...new Set(own.map((o) => o.provincie))]
        .filter((p) => p !== '')
        .sort((a, b) => a.localeCompare(b, 'nl'));
      for (const provincie of ['', ...provinces]) {
        const group = own.filter((o) => provincie === '' || o.provincie === provincie);
        const v = group.reduce((n, o) => n + o.voorzitters.vrouwen, 0);
        const m = group.reduce((n, o) => n + o.voorzitters.mannen, 0);
        const x = group.reduce((n, o) => n + o.voorzitters.x, 0);
        rows.push({
          peildatum: s.peildatum,
          sector,
          provincie,
          n_organisaties: group.length,
          n_voorzitters: v + m + x,
          n_voorzitters_vrouw: v,
          n_voorzitters_man: m,
          n_voorzitters_x: x,
          aandeel_vrouwen_voorzitters: v + m + x === 0 ? null : v / (v + m + x),
          n_zetelafwijkingen: group.filter((o) => seatCheck(o) === 'afwijking').length,
          bronsoort: s.bronsoort,
        });
      }
    }
  }
  return rows;
}
