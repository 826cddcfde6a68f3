// The rules that turn the Dutch register of government organisations (ROO, DATA.md §8) into
// boards and roles with seats by gender: organisation id, gender from the registered salutation,
// province from the address list, one count per person per board or role, the waarnemend rule,
// and council members per party. Pure functions over a format-neutral export (CSV pair or XML).
import type { FunctionRule, GremiumCode } from './lookups.ts';
import type { Bronsoort } from './source-kinds.ts';

export type { FunctionRule };

export type RooGender = 'vrouw' | 'man' | 'x';

/** Salutations as the register's organisations write them, lowercased (DATA.md §8). */
const WOMAN = ['mevrouw', 'mevr.', 'mw.', 'mw'];
const MAN = ['de heer', 'dhr.', 'dhr', 'hr.'];
const SALUTATIONS = [...WOMAN, ...MAN].sort((a, b) => b.length - a.length);
/** What may join two salutations into one ("Dhr./Mw.", "Mw. en Dhr.", "Mw. & dhr."). */
const JOINER = /^\s*(?:[/&+,|-]|\ben\b|\bof\b)\s*/i;
/** Initials or a title written straight after a dotted salutation: "Mw.ing.", "Dhr.J.A.". */
const GLUED_INITIALS = /^(?:[a-zà-ÿ]{1,4}\.)+(?=\s|$)/i;

function salutationAt(text: string): string | null {
  return SALUTATIONS.find((s) => text.startsWith(s)) ?? null;
}

/**
 * The gender of a second salutation at the start of `rest` (lowercased, after the first), or
 * null. With a joiner ("/", "&", "en", "of") any salutation counts; without one only a dotted
 * form does ("Mw. Dhr."), so that "Mw. De Heer" stays a woman named De Heer.
 */
function secondSalutation(rest: string): RooGender | null {
  const joined = JOINER.exec(rest);
  const after = joined ? rest.slice(joined[0].length) : rest.trimStart();
  const next = salutationAt(after);
  if (next === null) return null;
  const tail = after.slice(next.length);
  const standsAlone = tail === '' || /^[\s./&,]/.test(tail);
  if (!(next.endsWith('.') || (joined && standsAlone))) return null;
  return WOMAN.includes(next) ? 'vrouw' : 'man';
}

/**
 * Gender as the organisation registered it: the salutation at the start of the name. A bare
 * name or initials is `x` (unknown): gender is never guessed from a first name. A name the rule
 * cannot decide is `onleesbaar`: two salutations ("Dhr./Mw."), or a dotted salutation glued to
 * something that is neither initials nor a title ("Mw.Jansen"). The reader refuses those.
 */
export function readSalutation(naam: string): RooGender | 'onleesbaar' {
  const name = naam.trim().toLowerCase();
  const salutation = salutationAt(name);
  if (salutation === null) return 'x';
  const rest = name.slice(salutation.length);
  const gender: RooGender = WOMAN.includes(salutation) ? 'vrouw' : 'man';
  // A second salutation of the other gender ("Dhr./Mw.") cannot be decided; of the same one
  // ("Mw./Mevr.") it is a typing habit.
  const second = secondSalutation(rest);
  if (second !== null && second !== gender) return 'onleesbaar';
  if (rest === '' || /^\s/.test(rest)) return gender;
  // Without a dot the letters run on into a name: "Mwangi", "Dhrupad", "De heerlijkheid".
  if (!salutation.endsWith('.') && /^[a-zà-ÿ]/i.test(rest)) return 'x';
  if (second !== null) return gender;
  const glued = GLUED_INITIALS.exec(rest);
  if (glued && salutationAt(glued[0]) === null) return gender;
  return 'onleesbaar';
}

/** The gender of a readable salutation (`onleesbaar` names are refused before counting). */
export function genderFromSalutation(naam: string): RooGender {
  const g = readSalutation(naam);
  return g === 'onleesbaar' ? 'x' : g;
}

/** A person's name as the register's unit of counting: NFC, whitespace trimmed and collapsed. */
export function personKey(naam: string): string {
  return naam.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The last path segment of a TOOi URI, lowercased, or null when it is not an http(s) URI. */
export function tooiCode(tooiUri: string): string | null {
  const uri = tooiUri.trim();
  const segment = uri.replace(/\/+$/, '').split('/').at(-1) ?? '';
  return /^https?:\/\//i.test(uri) && segment !== '' ? segment.toLowerCase() : null;
}

/** The kind segment of a TOOi URI (".../tooi/id/gemeente/gm0363" -> "gemeente"), or null. */
export function tooiKind(tooiUri: string): string | null {
  const match = /\/tooi\/id\/([a-z]+)\/[^/]+\/*$/i.exec(tooiUri.trim());
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * Organisation id: `Organisatiecode` lowercased, else the last path segment of the TOOi URI
 * (twelve municipalities have their code only there). Null when neither gives one.
 */
export function organisationId(code: string, tooiUri: string): string | null {
  const own = code.trim().toLowerCase();
  return own !== '' ? own : tooiCode(tooiUri);
}

/**
 * The TOOi kind and code prefix each register type must carry. An id of another kind (a
 * province's URI on a row of type Gemeente) would publish one organisation as another: refused.
 */
const TYPE_IDS: Record<string, { kind: string; prefix: string }> = {
  gemeente: { kind: 'gemeente', prefix: 'gm' },
  provincie: { kind: 'provincie', prefix: 'pv' },
  waterschap: { kind: 'waterschap', prefix: 'ws' },
};

/** Why an organisation's identifiers contradict its type or each other, or null. */
export function identifierConflict(type: string, code: string, tooiUri: string): string | null {
  const expected = TYPE_IDS[type.trim().toLowerCase()];
  const fromUri = tooiCode(tooiUri);
  const own = code.trim().toLowerCase();
  if (own !== '' && fromUri !== null && own !== fromUri)
    return `Organisatiecode ${JSON.stringify(code.trim())} en de TOOi URI (${fromUri}) noemen een andere organisatie`;
  if (!expected) return null;
  const kind = tooiKind(tooiUri);
  if (tooiUri.trim() !== '' && kind !== null && kind !== expected.kind)
    return `de TOOi URI is van een ${kind}, niet van een ${type.trim().toLowerCase()} (${tooiUri.trim()})`;
  const id = own || fromUri;
  if (id !== null && !id.startsWith(expected.prefix))
    return `code ${JSON.stringify(id)} is geen code van een ${type.trim().toLowerCase()} (die begint met ${expected.prefix})`;
  return null;
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

/** A province abbreviation's name, or null when it is not one of the twelve. */
export function provinceName(afkorting: string): string | null {
  return PROVINCES_NL[afkorting.trim().toUpperCase()] ?? null;
}

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
  return { afkorting, naam: provinceName(afkorting) };
}

/** Where something stands in its file: line, and for XML the character in that line. */
export interface SourcePlace {
  file: string;
  line?: number;
  char?: number;
}

/** "roo/Gemeenten.csv:12", "roo/exportOO.xml:1:5321": the place as the downloads name it. */
export function placeText(p: SourcePlace): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.line !== undefined && p.char !== undefined ? `:${p.char}` : ''}`;
}

/** One office holder as either export format gives it. */
export interface HolderRow {
  naam: string;
  functie: string;
  /** party membership (XML `p:partijLidmaatschap`); null where the format has none */
  partij?: string | null;
  plek?: SourcePlace;
}

/** One organisation of an export, in either format, with its office holders. */
export interface ExportOrganisation {
  id: string;
  naam: string;
  type: string;
  provincie: string;
  /** `Totaal aantal zetels` / `p:raad/p:totaalZetels`; null when not given */
  zetels: number | null;
  /** seats per party (XML `p:raad/p:partijen`); null where the format has none */
  partijZetels: { partij: string; zetels: number }[] | null;
  /** where the organisation is in its file */
  plek: SourcePlace;
  holders: HolderRow[];
}

export interface Seats {
  vrouwen: number;
  mannen: number;
  x: number;
}

export interface CountedBoard extends Seats {
  gremium_type: GremiumCode;
  gremium: string;
  /** distinct persons: vrouwen + mannen + x */
  personen: number;
  /** the persons counted (name keys, sorted): whether a board changed between two exports */
  leden: string[];
}

export interface CountedRole extends Seats {
  leden: string[];
}

export interface OrganisationCount {
  boards: CountedBoard[];
  /** distinct persons per role (lookups/roo-functies.csv `rol`), for every role of the type */
  rollen: Map<string, CountedRole>;
  /** chairs of a board (the burgemeester): distinct persons by gender */
  voorzitters: Seats;
  /** council members (board `raad`) per registered party ('' = no party registered) */
  raadPerPartij: Map<string, Seats>;
  /** functions the lookup does not know, with their number of rows */
  onbekend: Map<string, number>;
  /** functions that are neither a board seat nor a role, with their number of rows */
  geenZetel: Map<string, number>;
  /** regular functions left out because a waarnemend holder of the same function is listed */
  verdrongen: { functie: string; door: string; rijen: number }[];
  /** rows of a person already counted on that board or in that role */
  dubbel: number;
  /** rows that counted somewhere (a board, a role or both) */
  gebruikt: number;
}

const WAARNEMEND = / waarnemend$/i;

function emptySeats(): Seats {
  return { vrouwen: 0, mannen: 0, x: 0 };
}

function tally(genders: Iterable<RooGender>): Seats {
  const t = emptySeats();
  for (const g of genders) {
    if (g === 'vrouw') t.vrouwen += 1;
    else if (g === 'man') t.mannen += 1;
    else t.x += 1;
  }
  return t;
}

export function seatTotal(s: Seats): number {
  return s.vrouwen + s.mannen + s.x;
}

/**
 * Counts one organisation's boards and roles. `boards` and `roles` list every board and role its
 * type has (so one nobody is listed for still becomes a row, without data); `rule` maps a function
 * to a board seat, a role, both, or neither (undefined: not in the lookup). A person counts once
 * per board and once per role; "X waarnemend" displaces "X" in the same board and the same role
 * (the acting mayor is the college's mayor and the municipality's burgemeester).
 */
export function countOrganisation(
  holders: readonly HolderRow[],
  boards: readonly { gremium_type: GremiumCode; gremium: string }[],
  rule: (functie: string) => FunctionRule | undefined,
  roles: readonly string[] = [],
): OrganisationCount {
  const onbekend = new Map<string, number>();
  const geenZetel = new Map<string, number>();
  const known: { row: HolderRow; r: FunctionRule }[] = [];
  for (const row of holders) {
    const r = rule(row.functie);
    if (r === undefined) onbekend.set(row.functie, (onbekend.get(row.functie) ?? 0) + 1);
    else if (!r.seat && r.rol === null)
      geenZetel.set(row.functie, (geenZetel.get(row.functie) ?? 0) + 1);
    else known.push({ row, r });
  }
  // The groups a row counts in: its board and its role, each with its own waarnemend rule.
  const groupsOf = (r: FunctionRule): string[] => [
    ...(r.seat ? [`bestuur\u0000${r.gremium_type}\u0000${r.gremium}`] : []),
    ...(r.rol !== null ? [`rol\u0000${r.rol}`] : []),
  ];
  const displaced = new Map<string, string>();
  for (const { row, r } of known) {
    if (!WAARNEMEND.test(row.functie)) continue;
    const base = row.functie.replace(WAARNEMEND, '').trim().toLowerCase();
    for (const group of groupsOf(r)) displaced.set(`${group}\u0000${base}`, row.functie);
  }
  const verdrongen = new Map<string, { functie: string; door: string; rijen: number }>();
  const persons = new Map<string, Map<string, RooGender>>();
  const partyOf = new Map<string, string>();
  const chairs = new Map<string, RooGender>();
  let dubbel = 0;
  let gebruikt = 0;
  for (const { row, r } of known) {
    const name = personKey(row.naam);
    const gender = genderFromSalutation(name);
    let counted = false;
    for (const group of groupsOf(r)) {
      const by = displaced.get(`${group}\u0000${row.functie.trim().toLowerCase()}`);
      if (by !== undefined) {
        // Reported once per function (the board's displacement; a role follows the same rule).
        if (group.startsWith('bestuur') || !r.seat) {
          const entry = verdrongen.get(row.functie) ?? { functie: row.functie, door: by, rijen: 0 };
          entry.rijen += 1;
          verdrongen.set(row.functie, entry);
        }
        continue;
      }
      let members = persons.get(group);
      if (!members) persons.set(group, (members = new Map<string, RooGender>()));
      if (members.has(name)) dubbel += 1;
      else counted = true;
      members.set(name, gender);
      if (r.seat && r.voorzitter && group.startsWith('bestuur'))
        chairs.set(`${group}\u0000${name}`, gender);
      if (r.seat && r.gremium_type === 'raad' && group.startsWith('bestuur') && !partyOf.has(name))
        partyOf.set(name, (row.partij ?? '').trim().replace(/\s+/g, ' '));
    }
    if (counted) gebruikt += 1;
  }

  const raadPerPartij = new Map<string, Seats>();
  for (const b of boards.filter((b) => b.gremium_type === 'raad')) {
    for (const [name, gender] of persons.get(`bestuur\u0000raad\u0000${b.gremium}`) ?? []) {
      const party = partyOf.get(name) ?? '';
      const seats = raadPerPartij.get(party) ?? emptySeats();
      seats[gender === 'vrouw' ? 'vrouwen' : gender === 'man' ? 'mannen' : 'x'] += 1;
      raadPerPartij.set(party, seats);
    }
  }
  const counted = (group: string) => {
    const members = persons.get(group) ?? new Map<string, RooGender>();
    return { ...tally(members.values()), leden: [...members.keys()].sort() };
  };
  return {
    boards: boards.map((b) => {
      const t = counted(`bestuur\u0000${b.gremium_type}\u0000${b.gremium}`);
      return { ...b, ...t, personen: seatTotal(t) };
    }),
    rollen: new Map(roles.map((rol) => [rol, counted(`rol\u0000${rol}`)])),
    voorzitters: tally(chairs.values()),
    raadPerPartij,
    onbekend,
    geenZetel,
    verdrongen: [...verdrongen.values()],
    dubbel,
    gebruikt,
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
  voorzitters: Seats;
  /** `Totaal aantal zetels` as registered; null when empty */
  zetels_register: number | null;
  /** council members counted (distinct names); null when the type has no `raad` board */
  raad_geteld: number | null;
  /** functions left out by the waarnemend rule ("Burgemeester" beside "Burgemeester waarnemend") */
  verdrongen: string[];
  /** the register's seats per party summed, where the export gives them (XML); else null */
  zetels_partijen: number | null;
}

/** The register's check: council members counted against the seats it registers. */
export function seatCheck(o: Pick<RegisterOrganisation, 'zetels_register' | 'raad_geteld'>) {
  if (o.zetels_register === null || o.raad_geteld === null) return null;
  return o.zetels_register === o.raad_geteld ? 'gelijk' : 'afwijking';
}

/** The register's seats per party against its own total: two statements of one fact. */
export function partySeatCheck(
  o: Pick<RegisterOrganisation, 'zetels_register' | 'zetels_partijen'>,
) {
  if (o.zetels_register === null || o.zetels_partijen === null) return null;
  return o.zetels_register === o.zetels_partijen ? 'gelijk' : 'afwijking';
}

/** One register export (a CSV pair or an XML file) of one date, as read. */
export interface RegisterSnapshot {
  /** organisation type as in the file name ("Gemeenten"), or "exportOO" for the XML */
  exportType: string;
  /** csv: the pair of DATA.md §8; xml: the full export of §8.1 */
  formaat: 'csv' | 'xml';
  peildatum: string;
  bestanden: string[];
  bronsoort: Bronsoort;
  organisaties: RegisterOrganisation[];
  /** functions not in lookups/roo-functies.csv: reported, never dropped silently */
  onbekendeFuncties: { type: string; functie: string; rijen: number }[];
  /** organisation types the lookup has no functions for (XML): counted, not published */
  nietGelezenTypes: { type: string; organisaties: number }[];
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
  bronsoort: Bronsoort;
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
          n_zetelafwijkingen: group.filter(
            (o) => o.zetels_register !== null && seatCheck(o) === 'afwijking',
          ).length,
          bronsoort: s.bronsoort,
        });
      }
    }
  }
  return rows;
}
