// Reads the Kiesraad's election results (EML_NL 520, DATA.md §9) from verkiezingen/<Id>/: per
// municipality the elected candidates per list with their gender as the file states it. Each
// file is untrusted XML (DOCTYPE refused, nothing expanded or fetched); a file that is not an
// EML 520 result, a duplicate municipality or a result without elected candidates stops the build.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { LIMITS, isRealIsoDate } from '../domain/input-rules.ts';
import type { Provenance } from '../domain/records.ts';
import type { SourcePlace } from '../domain/roo.ts';
import { relativeName } from './paths.ts';
import type { Problems } from './problems.ts';
import { readProvenance } from './read-reference.ts';
import { valueIssue } from './read-table.ts';

const EML = 'urn:oasis:names:tc:evs:schema:eml';
const KR = 'http://www.kiesraad.nl/extensions';

export interface ElectedList {
  partij: string;
  vrouwen: number;
  mannen: number;
  x: number;
}

export interface MunicipalResult {
  verkiezing: string;
  datum: string;
  /** gm + the CBS code of kr:ElectionDomain/@Id */
  instelling_id: string;
  /** the municipality's name as the file gives it */
  naam: string;
  lijsten: ElectedList[];
  bestand: string;
}

export interface Election {
  verkiezing: string;
  map: string;
  bron: Provenance | null;
  datum: string | null;
  uitslagen: MunicipalResult[];
}

class Refusal extends Error {}

/** One EML 520 file: its municipality, date and elected candidates per list, or null. */
export function parseEml520(
  text: string,
  file: string,
  verkiezing: string,
  problems: Problems,
): MunicipalResult | null {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const at = (): SourcePlace => ({ file, line: parser.line, char: parser.column + 1 });
  const refuse = (message: string): never => {
    problems.error(at(), message);
    throw new Refusal(message);
  };
  const stack: string[] = [];
  let textBuffer = '';
  let root = false;
  let electionId = '';
  let domainId = '';
  let domainName = '';
  let datum = '';
  const lijsten: ElectedList[] = [];
  let selection: {
    list: string | null;
    listId: string;
    candidate: boolean;
    gender: string;
    elected: string;
  } | null = null;
  parser.on('doctype', () => refuse('DOCTYPE geweigerd: een EML-bestand heeft geen DTD'));
  parser.on('opentag', (node: SaxesTagNS) => {
    if (!root) {
      root = true;
      const id = node.attributes['Id'];
      const value = typeof id === 'string' ? id : id?.value;
      if (node.local !== 'EML' || node.uri !== EML || value !== '520')
        refuse(
          `geen EML 520 (uitslag): het hoofdelement is <${node.name}> met Id ${JSON.stringify(value ?? '')}`,
        );
    }
    stack.push(node.local);
    textBuffer = '';
    const attr = (name: string) => {
      const a = node.attributes[name];
      return (typeof a === 'string' ? a : a?.value) ?? '';
    };
    if (node.local === 'ElectionIdentifier' && node.uri === EML) electionId = attr('Id');
    else if (node.local === 'ElectionDomain' && node.uri === KR) domainId = attr('Id');
    else if (node.local === 'Selection' && node.uri === EML)
      selection = { list: null, listId: '', candidate: false, gender: '', elected: '' };
    else if (node.local === 'AffiliationIdentifier' && selection) selection.listId = attr('Id');
    else if (node.local === 'Candidate' && selection) selection.candidate = true;
  });
  const addText = (t: string) => {
    if (textBuffer.length <= LIMITS.fieldLength) textBuffer += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (node) => {
    const value = textBuffer.trim();
    if (node.local === 'ElectionDomain') domainName = value;
    else if (node.local === 'ElectionDate') datum = value;
    else if (node.local === 'RegisteredName' && selection) selection.list = value;
    else if (node.local === 'Gender' && selection) selection.gender = value;
    else if (node.local === 'Elected' && selection) selection.elected = value;
    else if (node.local === 'Selection' && selection) {
      const s = selection;
      selection = null;
      if (s.list !== null) {
        // A list may stand without a name (a "blanco lijst"): it is named by its number, never
        // left empty, where it would look like the row of the whole council.
        const registered = s.list.normalize('NFC').replace(/\s+/g, ' ').trim();
        const name = registered || `Lijst ${s.listId || lijsten.length + 1} (zonder aanduiding)`;
        const issue = valueIssue(name, LIMITS.nameLength);
        if (issue) problems.error(at(), `lijstnaam ${JSON.stringify(name.slice(0, 80))} ${issue}`);
        lijsten.push({ partij: name, vrouwen: 0, mannen: 0, x: 0 });
      } else if (s.candidate && s.elected.toLowerCase() === 'yes') {
        const list = lijsten.at(-1);
        if (!list)
          refuse('een gekozen kandidaat staat vóór de eerste lijst (AffiliationIdentifier)');
        const g = s.gender.toLowerCase();
        list![g === 'female' ? 'vrouwen' : g === 'male' ? 'mannen' : 'x'] += 1;
      }
    }
    stack.pop();
    textBuffer = '';
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Refusal) return null;
    problems.error(
      at(),
      `geen goedgevormde XML: ${(error as Error).message.replace(/^[^:]*:\d+:\d+: /, '')}`,
    );
    return null;
  }
  const before = problems.errorCount(file);
  if (!/^\d{4}$/.test(domainId))
    problems.error(
      { file },
      `kr:ElectionDomain Id ${JSON.stringify(domainId)} is geen CBS-gemeentecode van 4 cijfers`,
    );
  if (!isRealIsoDate(datum))
    problems.error({ file }, `kr:ElectionDate ${JSON.stringify(datum)} is geen datum (jjjj-mm-dd)`);
  if (!electionId.toLowerCase().startsWith(verkiezing.toLowerCase()))
    problems.error(
      { file },
      `ElectionIdentifier ${JSON.stringify(electionId)} hoort niet bij verkiezing ${verkiezing} (de naam van de map)`,
    );
  const elected = lijsten.reduce((n, l) => n + l.vrouwen + l.mannen + l.x, 0);
  if (elected === 0)
    problems.error(
      { file },
      'geen enkele gekozen kandidaat: een uitslag zonder gekozenen wordt niet gepubliceerd',
    );
  const nameIssue = valueIssue(domainName, LIMITS.nameLength);
  if (nameIssue) problems.error({ file }, `gemeentenaam ${nameIssue}`);
  if (problems.errorCount(file) > before) return null;
  return {
    verkiezing,
    datum,
    instelling_id: `gm${domainId}`,
    naam: domainName,
    lijsten: lijsten.filter((l) => l.vrouwen + l.mannen + l.x > 0),
    bestand: file,
  };
}

/** `<Id>.SHA256SUMS` beside an election folder (optional): file name -> sha256. */
async function readChecksums(
  path: string,
  problems: Problems,
): Promise<Map<string, string> | null> {
  if (!existsSync(path)) return null;
  const sums = new Map<string, string>();
  for (const [i, line] of (await readFile(path, 'utf8')).split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const match = /^([0-9a-f]{64}) [ *]([A-Za-z0-9._-]+)$/.exec(line);
    if (match) sums.set(match[2]!, match[1]!);
    else
      problems.error({ file: relativeName(path), line: i + 1 }, "geen regel '<sha256>  <bestand>'");
  }
  return sums;
}

/** Every election folder of verkiezingen/, each checked file by file. */
export async function readElections(dataDir: string, problems: Problems): Promise<Election[]> {
  const root = join(dataDir, 'verkiezingen');
  if (!existsSync(root)) return [];
  const elections: Election[] = [];
  const entries = (await readdir(root, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.') || /\.(bron\.json|SHA256SUMS)$/.test(entry.name)) continue;
    const dir = join(root, entry.name);
    // A linked folder counts as a folder (statSync follows the link).
    const isFolder = statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true;
    if (!isFolder || !/^[A-Za-z0-9_-]{1,40}$/.test(entry.name)) {
      problems.error(
        { file: relativeName(dir) },
        'in verkiezingen/ staan alleen mappen met de naam van een verkiezing (bijvoorbeeld GR2022)',
      );
      continue;
    }
    const sidecars = [join(root, `${entry.name}.bron.json`), join(dir, '.bron.json')].filter((p) =>
      existsSync(p),
    );
    if (sidecars.length > 1)
      problems.error(
        { file: relativeName(sidecars[1]!) },
        `twee herkomstbestanden voor ${entry.name} (ook ${relativeName(sidecars[0]!)}): houd er één`,
      );
    const bron = sidecars[0]
      ? await readProvenance(sidecars[0].replace(/\.bron\.json$/, ''), problems)
      : null;
    const election: Election = {
      verkiezing: entry.name,
      map: relativeName(dir),
      bron,
      datum: null,
      uitslagen: [],
    };
    const report = problems.report(relativeName(dir), 'verkiezingsuitslag');
    const seen = new Map<string, string>();
    const sums = await readChecksums(join(root, `${entry.name}.SHA256SUMS`), problems);
    const names = (await readdir(dir)).sort();
    if (sums)
      for (const listed of sums.keys())
        if (!names.includes(listed))
          problems.error(
            { file: relativeName(join(dir, listed)) },
            `staat in ${entry.name}.SHA256SUMS maar ontbreekt`,
          );
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (!/\.xml$/i.test(name)) {
        problems.notice({ file: relativeName(path) }, 'geen XML-bestand: niet gelezen');
        continue;
      }
      report.rijen_gelezen += 1;
      const bytes = await readFile(path);
      if (sums) {
        const expected = sums.get(name);
        const actual = createHash('sha256').update(bytes).digest('hex');
        if (expected !== actual) {
          problems.error(
            { file: relativeName(path) },
            expected === undefined
              ? `staat niet in ${entry.name}.SHA256SUMS: de map krijgt er geen uitslagen bij`
              : `sha256 ${actual} wijkt af van ${entry.name}.SHA256SUMS (${expected})`,
          );
          continue;
        }
      }
      if (bytes.length > 50 * 1024 * 1024) {
        problems.error(
          { file: relativeName(path) },
          'groter dan 50 MB: geen uitslag van één gemeente',
        );
        continue;
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        problems.error({ file: relativeName(path) }, 'geen geldige UTF-8');
        continue;
      }
      const result = parseEml520(text, relativeName(path), entry.name, problems);
      if (!result) continue;
      const earlier = seen.get(result.instelling_id);
      if (earlier) {
        problems.error(
          { file: result.bestand },
          `gemeente ${result.instelling_id} (${result.naam}) staat ook in ${earlier}: één uitslag per gemeente en verkiezing`,
        );
        continue;
      }
      seen.set(result.instelling_id, result.bestand);
      if (election.datum !== null && election.datum !== result.datum)
        problems.error(
          { file: result.bestand },
          `verkiezingsdatum ${result.datum} verschilt van ${election.datum} in dezelfde map: één verkiezing per map`,
        );
      election.datum ??= result.datum;
      report.rijen_gebruikt += 1;
      election.uitslagen.push(result);
    }
    if (election.uitslagen.length === 0 && problems.errorCount(relativeName(dir)) === 0)
      problems.error({ file: relativeName(dir) }, 'geen uitslagbestanden (EML 520) in deze map');
    elections.push(election);
  }
  return elections;
}
