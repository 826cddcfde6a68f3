// Reads the register's full XML export (DATA.md §8.1) as a stream with saxes: organisations of
// the types the lookup knows, with their office holders, council seats and seats per party. The
// file is untrusted: a DOCTYPE or an entity is refused before anything is read from it (saxes
// expands no entities and fetches nothing), the file is never held in memory whole, and every
// value that can become a figure or a name passes the project's input rules.
import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { LIMITS, isRealIsoDate } from '../domain/input-rules.ts';
import {
  identifierConflict,
  provinceName,
  tooiCode,
  type ExportOrganisation,
  type SourcePlace,
} from '../domain/roo.ts';
import type { Problems } from './problems.ts';
import { valueIssue } from './read-table.ts';

const OO_NAMESPACE = /^https?:\/\/organisaties\.overheid\.nl\/static\/schema\/oo\/export\//;

export interface XmlExport {
  /** the date of the root's p:timestamp (the export's own date), or null */
  tijdstempel: string | null;
  organisaties: ExportOrganisation[];
  /** organisations of types the lookup has no functions for, per type */
  nietGelezen: Map<string, number>;
  /** organisations ended on or before the peildatum (p:eindDatum): not published */
  beeindigd: number;
  /** elements outside the register's namespace: ignored, counted */
  vreemdeElementen: number;
  /** every p:organisatie element, read or not */
  organisatiesGezien: number;
}

/** A value as read, with where it stands: checked only if its organisation is read at all. */
interface Raw {
  value: string;
  plek: SourcePlace;
}

interface OrgContext {
  depth: number;
  plek: SourcePlace;
  tooi: string;
  naam: Raw | null;
  type: string | null;
  eindDatum: string | null;
  afkorting: string | null;
  zetels: string | null;
  partijen: { naam: Raw | null; zetels: string; plek: SourcePlace }[];
  partij: { naam: Raw | null; zetels: string; plek: SourcePlace } | null;
  functies: { naam: Raw | null; holders: Holder[] }[];
  holder: Holder | null;
}

/** Text of the elements the reader keeps, by path below the organisation. */
const KEPT = new Set([
  'naam',
  'types/type',
  'eindDatum',
  'adressen/adres/provincieAfkorting',
  'raad/totaalZetels',
  'raad/partijen/partij/naam',
  'raad/partijen/partij/aantalZetels',
  'functies/functie/naam',
  'functies/functie/medewerkers/medewerker/naam',
  'functies/functie/medewerkers/medewerker/partijLidmaatschap',
]);

interface Holder {
  naam: Raw | null;
  partij: Raw | null;
  plek: SourcePlace;
}

class Refusal extends Error {}

/**
 * Reads one XML export. `keepType` says which organisation types the lookup has functions for;
 * `peildatum` (when the sidecar or file name gives it) decides which organisations had ended.
 * Returns null when the file was refused (the errors are in `problems`).
 */
export async function readRooXml(
  path: string,
  file: string,
  keepType: (type: string) => boolean,
  peildatumOf: (tijdstempel: string | null) => string | null,
  problems: Problems,
): Promise<XmlExport | null> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: string[] = [];
  const orgs: OrgContext[] = [];
  const result: XmlExport = {
    tijdstempel: null,
    organisaties: [],
    nietGelezen: new Map(),
    beeindigd: 0,
    vreemdeElementen: 0,
    organisatiesGezien: 0,
  };
  let peildatum: string | null = null;
  let text = '';
  let rootSeen = false;
  const at = (): SourcePlace => ({ file, line: parser.line, char: parser.column + 1 });
  const refuse = (message: string): never => {
    problems.error(at(), message);
    throw new Refusal(message);
  };
  const raw = (value: string): Raw => ({ value, plek: at() });
  // Only the names of organisations that are read become figures and pages: each passes the
  // project's input rules (an organisation of another type may have any text it likes).
  const checked = (r: Raw | null, what: string, max: number = LIMITS.nameLength): string => {
    if (r === null) return '';
    const clean = r.value.normalize('NFC').trim().replace(/\s+/g, ' ');
    const issue = valueIssue(clean, max);
    if (issue) problems.error(r.plek, `${what} ${JSON.stringify(clean.slice(0, 80))} ${issue}`);
    return clean;
  };
  const relative = (org: OrgContext) => stack.slice(org.depth + 1).join('/');

  parser.on('doctype', () =>
    refuse(
      'DOCTYPE geweigerd: een export van het register heeft geen DTD; entiteiten en externe verwijzingen worden nooit gevolgd',
    ),
  );
  parser.on('xmldecl', (decl) => {
    if (decl.encoding && !/^utf-?8$/i.test(decl.encoding))
      refuse(`codering ${JSON.stringify(decl.encoding)}: alleen UTF-8 wordt gelezen`);
  });
  parser.on('opentag', (node: SaxesTagNS) => {
    if (!rootSeen) {
      rootSeen = true;
      if (node.local !== 'overheidsorganisaties' || !OO_NAMESPACE.test(node.uri))
        refuse(
          `geen export van het Register van Overheidsorganisaties: het hoofdelement is <${node.name}> (verwacht p:overheidsorganisaties, schema oo/export)`,
        );
      const stamp = Object.values(node.attributes).find((a) => a.local === 'timestamp')?.value;
      const date = stamp?.slice(0, 10) ?? null;
      result.tijdstempel = date !== null && isRealIsoDate(date) ? date : null;
      peildatum = peildatumOf(result.tijdstempel);
      if (peildatum === null) throw new Refusal('geen peildatum');
    }
    if (!OO_NAMESPACE.test(node.uri)) result.vreemdeElementen += 1;
    stack.push(node.local);
    text = '';
    const org = orgs.at(-1);
    if (
      node.local === 'organisatie' &&
      (org === undefined || relative(org) === 'organisaties/organisatie')
    ) {
      const tooi = Object.values(node.attributes).find((a) => a.local === 'resourceIdentifierTOOI');
      orgs.push({
        depth: stack.length - 1,
        plek: at(),
        tooi: tooi?.value.trim() ?? '',
        naam: null,
        type: null,
        eindDatum: null,
        afkorting: null,
        zetels: null,
        partijen: [],
        partij: null,
        functies: [],
        holder: null,
      });
      return;
    }
    if (!org) return;
    const path = relative(org);
    if (path === 'raad/partijen/partij') org.partij = { naam: null, zetels: '', plek: at() };
    else if (path === 'functies/functie') org.functies.push({ naam: null, holders: [] });
    else if (path === 'functies/functie/medewerkers/medewerker')
      org.holder = { naam: null, partij: null, plek: at() };
  });
  const addText = (t: string) => {
    // Only kept elements collect text, and never more than a value may hold.
    const org = orgs.at(-1);
    if (org && KEPT.has(relative(org)) && text.length <= LIMITS.fieldLength) text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const org = orgs.at(-1);
    if (org && stack.length - 1 === org.depth) {
      orgs.pop();
      finishOrganisation(org);
    } else if (org) {
      const path = relative(org);
      const value = text;
      const functie = org.functies.at(-1);
      if (path === 'naam') org.naam = raw(value);
      else if (path === 'types/type' && org.type === null)
        org.type = value.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, 200);
      else if (path === 'eindDatum') org.eindDatum = value.trim();
      else if (path === 'adressen/adres/provincieAfkorting' && org.afkorting === null)
        org.afkorting = value.trim();
      else if (path === 'raad/totaalZetels') org.zetels = value.trim();
      else if (path === 'raad/partijen/partij/naam' && org.partij) org.partij.naam = raw(value);
      else if (path === 'raad/partijen/partij/aantalZetels' && org.partij)
        org.partij.zetels = value.trim();
      else if (path === 'raad/partijen/partij' && org.partij) {
        org.partijen.push(org.partij);
        org.partij = null;
      } else if (path === 'functies/functie/naam' && functie) functie.naam = raw(value);
      else if (path === 'functies/functie/medewerkers/medewerker/naam' && org.holder)
        org.holder.naam = raw(value);
      else if (path === 'functies/functie/medewerkers/medewerker/partijLidmaatschap' && org.holder)
        org.holder.partij = raw(value);
      else if (path === 'functies/functie/medewerkers/medewerker' && org.holder && functie) {
        functie.holders.push(org.holder);
        org.holder = null;
      }
    }
    stack.pop();
    text = '';
  });

  function finishOrganisation(org: OrgContext): void {
    result.organisatiesGezien += 1;
    const type = org.type ?? '';
    if (!keepType(type)) {
      result.nietGelezen.set(type || '(geen type)', (result.nietGelezen.get(type) ?? 0) + 1);
      return;
    }
    if (org.eindDatum !== null && org.eindDatum !== '') {
      if (!isRealIsoDate(org.eindDatum)) {
        problems.error(
          org.plek,
          `p:eindDatum ${JSON.stringify(org.eindDatum.slice(0, 40))} is geen datum (jjjj-mm-dd)`,
        );
        return;
      }
      if (org.eindDatum <= peildatum!) {
        result.beeindigd += 1;
        return;
      }
    }
    const before = problems.errorCount(file);
    const fail = (message: string) => problems.error(org.plek, message);
    const naam = checked(org.naam, 'p:naam');
    const id = tooiCode(org.tooi);
    if (id === null)
      fail(`${naam || 'organisatie'}: geen p:resourceIdentifierTOOI, dus geen sleutel`);
    else if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(id))
      fail(`${JSON.stringify(id)} is geen bruikbare sleutel (letters, cijfers, punt, streepje)`);
    const conflict = identifierConflict(type, '', org.tooi);
    if (conflict) fail(`${naam}: ${conflict}`);
    if (naam === '') fail('p:naam ontbreekt of is leeg');
    let provincie = '';
    if (org.afkorting !== null) {
      const name = provinceName(org.afkorting);
      if (name === null) fail(`onbekende provincieAfkorting ${JSON.stringify(org.afkorting)}`);
      else provincie = name;
    } else problems.notice(org.plek, `${naam}: geen adres met provincieAfkorting`);
    const zetels = count(org.zetels, 'p:raad/p:totaalZetels', org.plek);
    const partijZetels = org.partijen.map((p) => {
      const partij = checked(p.naam, 'partijnaam');
      return { partij, zetels: count(p.zetels, `p:aantalZetels van ${partij}`, p.plek) ?? 0 };
    });
    const holders = org.functies.flatMap((f) => {
      const functie = checked(f.naam, 'p:functie/p:naam');
      return f.holders.map((h) => ({
        naam: checked(h.naam, 'p:medewerker/p:naam'),
        functie,
        partij: h.partij === null ? null : checked(h.partij, 'p:partijLidmaatschap'),
        plek: h.plek,
      }));
    });
    if (problems.errorCount(file) > before || id === null) {
      problems.skip(file, 'fout in organisatie');
      return;
    }
    result.organisaties.push({
      id,
      naam,
      type,
      provincie,
      zetels,
      partijZetels: org.zetels === null && partijZetels.length === 0 ? null : partijZetels,
      plek: org.plek,
      holders,
    });
  }

  function count(value: string | null, what: string, plek: SourcePlace): number | null {
    if (value === null || value === '') return null;
    if (/^\d{1,4}$/.test(value) && Number(value) <= LIMITS.seats) return Number(value);
    problems.error(
      plek,
      `${what}: ${JSON.stringify(value.slice(0, 40))} is geen geheel getal >= 0`,
    );
    return null;
  }

  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }))
      parser.write(chunk as string);
    parser.close();
  } catch (error) {
    if (error instanceof Refusal) return null;
    const message = (error as Error).message.replace(/^[^:]*:\d+:\d+: /, '');
    problems.error(at(), `geen goedgevormde XML: ${message}`);
    return null;
  }
  if (!rootSeen) {
    problems.error({ file }, 'leeg bestand: geen XML-element');
    return null;
  }
  return result;
}
