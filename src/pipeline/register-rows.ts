// Turns one register export, read from either format, into what the site publishes: a gremia row
// per organisation and board (DATA.md §8), the snapshot with the seat checks, a body record per
// municipal board and role (§8.2), and council members per party where the format gives party
// (§8.3). Every holder row is accounted for in the import report; a salutation the rule cannot
// decide stops the build with its place and value.
import { createHash } from 'node:crypto';
import { boardFigures } from '../domain/balance.ts';
import type { BodyRecord, PartyRecord } from '../domain/bodies.ts';
import {
  canonicalGremiumTypes,
  lookupKey,
  rooFunctionKey,
  type Lookups,
} from '../domain/lookups.ts';
import type { GremiumRecord } from '../domain/records.ts';
import {
  countOrganisation,
  placeText,
  readSalutation,
  seatCheck,
  seatTotal,
  type ExportOrganisation,
  type RegisterOrganisation,
  type RegisterSnapshot,
  type Seats,
} from '../domain/roo.ts';
import type { Bronsoort } from '../domain/source-kinds.ts';
import { normaliseLabel } from '../domain/text.ts';
import type { Problems } from './problems.ts';

export interface RegisterExport {
  exportType: string;
  formaat: 'csv' | 'xml';
  peildatum: string;
  /** the files read, relative to the data directory */
  bestanden: string[];
  /** the file the import report counts office-holder rows under */
  holderFile: string;
  organisationFile: string;
  bronsoort: Bronsoort;
  /** the sidecar's URL (DATA.md §8 `bron`) */
  bron: string;
  organisaties: ExportOrganisation[];
  nietGelezenTypes: { type: string; organisaties: number }[];
}

export interface RegisterRows {
  gremia: GremiumRecord[];
  snapshot: RegisterSnapshot;
  bodies: BodyRecord[];
  parties: PartyRecord[];
}

/** The board a municipal body record stands for; other boards are not municipal bodies. */
const BODY_OF_BOARD: Record<string, string> = { raad: 'raad', college: 'college' };

/** Who sits in a body, as a short fingerprint: equal lists give equal prints (no names kept). */
function fingerprint(names: readonly string[]): string {
  return createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 16);
}

export function registerRows(
  exp: RegisterExport,
  lookups: Lookups,
  problems: Problems,
  lookupHint: string,
): RegisterRows {
  const typeLabels = new Map(canonicalGremiumTypes(lookups).map((t) => [t.code, t.code_label]));
  const holderReport = problems.report(exp.holderFile, 'roo-medewerkers');
  const orgReport = problems.report(exp.organisationFile, 'roo');
  const skipped = (reason: string, n: number) => {
    if (n > 0) problems.skip(exp.holderFile, reason, n);
  };

  // Sectors by organisation type; unknown types are named once with the lookup to extend.
  const unknownTypes = new Map<string, string[]>();
  for (const o of exp.organisaties) {
    if (lookups.sectors.has(lookupKey(o.type))) continue;
    const places = unknownTypes.get(o.type) ?? [];
    if (places.length < 5) places.push(placeText(o.plek));
    unknownTypes.set(o.type, places);
  }
  if (unknownTypes.size > 0)
    problems.error(
      { file: exp.organisationFile, column: 'Type' },
      `onbekend(e) organisatietype(n): ${[...unknownTypes].map(([t, p]) => `"${t}" (${p.join(', ')})`).join(', ')}; voeg ze toe aan ${lookupHint}/sectoren.csv`,
    );

  const result: RegisterRows = {
    gremia: [],
    snapshot: {
      exportType: exp.exportType,
      formaat: exp.formaat,
      peildatum: exp.peildatum,
      bestanden: exp.bestanden,
      bronsoort: exp.bronsoort,
      organisaties: [],
      onbekendeFuncties: [],
      nietGelezenTypes: exp.nietGelezenTypes,
    },
    bodies: [],
    parties: [],
  };
  const unknownFunctions = new Map<string, { type: string; functie: string; rijen: number }>();
  const jaar = Number(exp.peildatum.slice(0, 4));
  for (const o of exp.organisaties) {
    const sector = lookups.sectors.get(lookupKey(o.type));
    const typeKey = normaliseLabel(o.type);
    const boards = lookups.rooGremia.get(typeKey) ?? [];
    const roles = lookups.rooRollen.get(typeKey) ?? [];
    const rule = (functie: string) => lookups.rooFuncties.get(rooFunctionKey(o.type, functie));
    // A salutation the rule cannot decide ("Dhr./Mw.") would publish a guess: refused.
    for (const h of o.holders) {
      if (rule(h.functie) === undefined || readSalutation(h.naam) !== 'onleesbaar') continue;
      problems.error(
        { ...(h.plek ?? o.plek), column: 'Naam' },
        `aanhef niet te lezen in ${JSON.stringify(h.naam.slice(0, 80))} (${h.functie}, ${o.naam}): twee aanheffen of een aanhef die aan de naam vastzit; het gender wordt niet geraden`,
      );
    }
    const counted = countOrganisation(o.holders, boards, rule, roles);
    holderReport.rijen_gebruikt += counted.gebruikt;
    for (const [functie, n] of counted.geenZetel) skipped(`geen zetel of rol: ${functie}`, n);
    for (const [functie, n] of counted.onbekend) {
      skipped(`onbekende functie: ${functie}`, n);
      const key = `${o.type}\u0000${functie}`;
      const entry = unknownFunctions.get(key) ?? { type: o.type, functie, rijen: 0 };
      entry.rijen += n;
      unknownFunctions.set(key, entry);
    }
    for (const v of counted.verdrongen) {
      skipped(`niet geteld: ${v.functie} naast ${v.door}`, v.rijen);
      problems.notice(
        { file: exp.holderFile },
        `${o.naam}: ${v.door} geteld als burgemeester; ${v.functie} niet geteld`,
      );
    }
    skipped('zelfde persoon al geteld in dit bestuur of deze rol', counted.dubbel);
    const chairs = seatTotal(counted.voorzitters);
    if (chairs > 1)
      problems.notice(
        { file: exp.holderFile },
        `${o.naam}: ${chairs} voorzitters (burgemeesters) geregistreerd; allen geteld`,
      );
    if (!sector) continue;
    orgReport.rijen_gebruikt += 1;
    const raad = counted.boards.find((b) => b.gremium_type === 'raad');
    const org: RegisterOrganisation = {
      instelling_id: o.id,
      instelling: o.naam,
      type: o.type,
      sector: sector.sector,
      provincie: o.provincie,
      voorzitters: counted.voorzitters,
      zetels_register: o.zetels,
      raad_geteld: raad ? raad.personen : null,
      verdrongen: counted.verdrongen.map((v) => v.functie),
      zetels_partijen: o.partijZetels ? o.partijZetels.reduce((n, p) => n + p.zetels, 0) : null,
    };
    if (seatCheck(org) === 'afwijking')
      problems.notice(
        o.plek,
        `${o.naam}: het register noemt ${org.raad_geteld} raadsleden bij ${org.zetels_register} zetels`,
      );
    result.snapshot.organisaties.push(org);
    const herkomst = placeText({ file: o.plek.file, line: o.plek.line });
    const body = (
      orgaan: string,
      orgaan_label: string,
      groep: string,
      seats: Seats & { leden: string[] },
    ) =>
      result.bodies.push({
        land: 'NL',
        instelling_id: o.id,
        instelling: o.naam,
        type: o.type,
        provincie: o.provincie,
        orgaan,
        orgaan_label,
        groep,
        peildatum: exp.peildatum,
        bronsoort: exp.bronsoort,
        bron: exp.bron,
        vrouwen: seats.vrouwen,
        mannen: seats.mannen,
        x: seats.x,
        samenstelling: fingerprint(seats.leden),
      });
    for (const b of counted.boards) {
      const seats = b.personen > 0 ? { vrouwen: b.vrouwen, mannen: b.mannen, x: b.x } : null;
      result.gremia.push({
        jaar,
        sector: sector.sector,
        sector_label: sector.sector_label,
        groep: sector.groep,
        subsector: o.provincie,
        instelling_id: o.id,
        instelling: o.naam,
        gremium_type: b.gremium_type,
        gremium_type_label: typeLabels.get(b.gremium_type) ?? b.gremium_type,
        gremium: b.gremium,
        ...boardFigures(seats),
        bron: exp.bron,
        peildatum: exp.peildatum,
        herkomst,
        bronsoort: exp.bronsoort,
      });
      const orgaan = BODY_OF_BOARD[b.gremium_type];
      if (orgaan) body(orgaan, b.gremium, 'bestuur', b);
    }
    for (const [rol, seats] of counted.rollen) {
      const label = lookups.rollen.get(rol);
      body(rol, label?.label ?? rol, label?.groep ?? '', seats);
    }
    if (o.partijZetels !== null) {
      const seatsOf = new Map(o.partijZetels.map((p) => [p.partij, p.zetels]));
      const parties = new Set([...seatsOf.keys(), ...counted.raadPerPartij.keys()]);
      for (const partij of [...parties].sort((a, b) => a.localeCompare(b, 'nl'))) {
        const members = counted.raadPerPartij.get(partij) ?? { vrouwen: 0, mannen: 0, x: 0 };
        result.parties.push({
          peildatum: exp.peildatum,
          bronsoort: exp.bronsoort,
          instelling_id: o.id,
          instelling: o.naam,
          partij,
          zetels: seatsOf.get(partij) ?? null,
          ...members,
        });
      }
    }
  }
  result.snapshot.onbekendeFuncties = [...unknownFunctions.values()].sort(
    (a, b) => b.rijen - a.rijen || a.functie.localeCompare(b.functie),
  );
  for (const u of result.snapshot.onbekendeFuncties)
    problems.notice(
      { file: exp.holderFile },
      `functie ${JSON.stringify(u.functie)} (type ${u.type}, ${u.rijen} rijen) staat niet in ${lookupHint}/roo-functies.csv: niet meegeteld`,
    );
  for (const t of exp.nietGelezenTypes)
    problems.notice(
      { file: exp.organisationFile },
      `${t.organisaties} organisaties van type ${JSON.stringify(t.type)} niet gelezen: ${lookupHint}/roo-functies.csv noemt geen functies van dat type`,
    );
  return result;
}
