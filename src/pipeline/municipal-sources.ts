// Gathers every real point in time of the Dutch municipal top (SITE.md §6): the register exports
// in roo/ (the current edition), the register exports each archived edition was built from
// (edities/<datum>/bronnen/roo/), and the Kiesraad results in verkiezingen/. Each becomes body
// records of one kind and date; kinds and dates never merge (DATA.md §6).
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { BodyRecord, PartyRecord } from '../domain/bodies.ts';
import type { ElectionRow, ElectionSummary } from '../domain/elections.ts';
import type { Lookups } from '../domain/lookups.ts';
import type { GremiumRecord, Provenance } from '../domain/records.ts';
import type { RegisterSnapshot } from '../domain/roo.ts';
import type { EditionDir } from './editions.ts';
import { relativeName } from './paths.ts';
import type { Problems } from './problems.ts';
import { readElections, type Election } from './read-kiesraad.ts';
import { readProvenance } from './read-reference.ts';
import { readRooFiles, type RooFile, type RooResult } from './read-roo.ts';

export interface MunicipalSources {
  /** the current edition's register exports (roo/) */
  current: RooResult;
  /** the snapshots of archived editions' exports, with the edition they belong to */
  archived: { editie: string; snapshot: RegisterSnapshot }[];
  /**
   * The register's board rows of years the current exports do not cover, each year from its
   * latest archived export: a year once published keeps its rows (and its per-year files) when
   * the next year's export arrives.
   */
  earlierYears: GremiumRecord[];
  /** the archived snapshots those rows come from (their organisations and seat checks) */
  earlierSnapshots: RegisterSnapshot[];
  bodies: BodyRecord[];
  parties: PartyRecord[];
  elections: ElectionSummary[];
  electionRows: ElectionRow[];
  /** every source file read here, for provenance beside the figures */
  files: {
    bestand: string;
    bron: Provenance | null;
    peildatum: string;
    soort: 'roo' | 'verkiezing';
  }[];
}

async function listRecursively(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The register exports an archived edition was built from: edities/<datum>/bronnen/roo/. Each
 * file must be the one its editie.json names, byte for byte (sha256), like the downloads.
 */
async function editionRegisterFiles(edition: EditionDir, problems: Problems): Promise<RooFile[]> {
  const dir = join(edition.dir, 'bronnen');
  if (!existsSync(dir)) return [];
  const listed = new Map(edition.meta.bronnen.map((b) => [b.bestand, b.sha256]));
  const files: RooFile[] = [];
  for (const path of await listRecursively(dir)) {
    const name = relative(dir, path).split(sep).join('/');
    if (name.endsWith('.bron.json')) continue;
    if (!statSync(path).isFile()) continue;
    if (!listed.has(name)) {
      problems.error(
        { file: relativeName(path) },
        `staat niet in de bronnen van ${relativeName(join(edition.dir, 'editie.json'))}: een gearchiveerde editie krijgt er geen bronnen bij`,
      );
      continue;
    }
    const expected = listed.get(name);
    const actual = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    if (expected && actual !== expected) {
      problems.error(
        { file: relativeName(path) },
        `sha256 ${actual} wijkt af van editie.json (${expected}): de bron van een gepubliceerde editie verandert niet`,
      );
      continue;
    }
    if (name.startsWith('roo/') && ['.csv', '.xml'].includes(extname(name).toLowerCase()))
      files.push({ path, bron: await readProvenance(path, problems) });
  }
  return files;
}

export async function readMunicipalSources(options: {
  dataDir: string;
  rooFiles: RooFile[];
  archived: readonly EditionDir[];
  lookups: Lookups;
  lookupHint: string;
  editionDemo: boolean | undefined;
  problems: Problems;
}): Promise<MunicipalSources> {
  const { lookups, lookupHint, editionDemo, problems } = options;
  const current = await readRooFiles(options.rooFiles, lookups, problems, lookupHint, editionDemo);
  const sources: MunicipalSources = {
    current,
    archived: [],
    earlierYears: [],
    earlierSnapshots: [],
    bodies: [...current.bodies],
    parties: [...current.parties],
    elections: [],
    electionRows: [],
    files: [],
  };
  for (const s of current.snapshots)
    for (const f of options.rooFiles.filter((f) => s.bestanden.includes(relativeName(f.path))))
      sources.files.push({
        bestand: relativeName(f.path),
        bron: f.bron,
        peildatum: s.peildatum,
        soort: 'roo',
      });
  // A date the current edition has is not read again from an older edition's sources.
  const dates = new Set(current.snapshots.map((s) => s.peildatum));
  const archivedRows: GremiumRecord[] = [];
  for (const edition of options.archived) {
    const files = await editionRegisterFiles(edition, problems);
    if (files.length === 0) continue;
    const read = await readRooFiles(files, lookups, problems, lookupHint, editionDemo);
    for (const snapshot of read.snapshots) {
      if (dates.has(snapshot.peildatum)) continue;
      dates.add(snapshot.peildatum);
      sources.archived.push({ editie: edition.meta.datum, snapshot });
      for (const b of read.bodies.filter((b) => b.peildatum === snapshot.peildatum))
        sources.bodies.push(b);
      for (const g of read.gremia.filter((g) => g.peildatum === snapshot.peildatum))
        archivedRows.push(g);
      for (const p of read.parties.filter((p) => p.peildatum === snapshot.peildatum))
        sources.parties.push(p);
      for (const f of files.filter((f) => snapshot.bestanden.includes(relativeName(f.path))))
        sources.files.push({
          bestand: relativeName(f.path),
          bron: f.bron,
          peildatum: snapshot.peildatum,
          soort: 'roo',
        });
    }
  }
  sources.earlierYears = latestPerYear(archivedRows, new Set(current.gremia.map((g) => g.jaar)));
  const earlierDates = new Set(sources.earlierYears.map((g) => g.peildatum));
  sources.earlierSnapshots = sources.archived
    .map((a) => a.snapshot)
    .filter((s) => earlierDates.has(s.peildatum));
  const snapshots = [...current.snapshots, ...sources.archived.map((a) => a.snapshot)].sort(
    (a, b) => a.peildatum.localeCompare(b.peildatum),
  );
  for (const election of await readElections(options.dataDir, problems))
    addElection(election, snapshots, sources, problems, editionDemo);
  return sources;
}

/** Per year not in `covered`, the rows of that year's latest register date. */
function latestPerYear(
  rows: readonly GremiumRecord[],
  covered: ReadonlySet<number>,
): GremiumRecord[] {
  const latest = new Map<number, string>();
  for (const r of rows)
    if (!covered.has(r.jaar) && r.peildatum && r.peildatum > (latest.get(r.jaar) ?? ''))
      latest.set(r.jaar, r.peildatum);
  return rows.filter((r) => r.peildatum === latest.get(r.jaar));
}

/** The register's organisations by id, the latest date first: names and provinces for results. */
function registerIndex(snapshots: readonly RegisterSnapshot[]) {
  const byId = new Map<string, { instelling: string; provincie: string }>();
  for (const s of [...snapshots].reverse())
    for (const o of s.organisaties)
      if (!byId.has(o.instelling_id))
        byId.set(o.instelling_id, { instelling: o.instelling, provincie: o.provincie });
  return byId;
}

function addElection(
  election: Election,
  snapshots: readonly RegisterSnapshot[],
  sources: MunicipalSources,
  problems: Problems,
  editionDemo: boolean | undefined,
): void {
  if (election.datum === null) return;
  const known = registerIndex(snapshots);
  if (known.size === 0) {
    problems.error(
      { file: election.map },
      'een verkiezingsuitslag heeft het register nodig (roo/) om gemeentecodes te controleren en te benoemen',
    );
    return;
  }
  const bronsoort =
    editionDemo || election.bron?.voorbeelddata ? 'voorbeelddata' : 'verkiezingsuitslag';
  const bron = election.bron?.url ?? '';
  const read = new Set<string>();
  for (const result of election.uitslagen) {
    const org = known.get(result.instelling_id);
    if (!org) {
      problems.error(
        { file: result.bestand },
        `gemeentecode ${result.instelling_id} (${result.naam}) komt in geen enkele export van het register voor`,
      );
      continue;
    }
    read.add(result.instelling_id);
    const seats = { vrouwen: 0, mannen: 0, x: 0 };
    for (const list of result.lijsten) {
      seats.vrouwen += list.vrouwen;
      seats.mannen += list.mannen;
      seats.x += list.x;
      sources.parties.push({
        peildatum: result.datum,
        bronsoort,
        instelling_id: result.instelling_id,
        instelling: org.instelling,
        partij: list.partij,
        zetels: null,
        vrouwen: list.vrouwen,
        mannen: list.mannen,
        x: list.x,
      });
    }
    sources.bodies.push({
      land: 'NL',
      instelling_id: result.instelling_id,
      instelling: org.instelling,
      type: 'Gemeente',
      provincie: org.provincie,
      orgaan: 'raad',
      orgaan_label: 'Gemeenteraad bij installatie',
      groep: 'bestuur',
      peildatum: result.datum,
      bronsoort,
      bron,
      ...seats,
    });
    sources.electionRows.push({
      verkiezing: election.verkiezing,
      datum: result.datum,
      instelling_id: result.instelling_id,
      instelling: org.instelling,
      provincie: org.provincie,
      bestand: result.bestand,
      ...seats,
    });
  }
  // The register edition right after the election: the council it is compared with, and the
  // municipalities that should have had a result.
  const next = snapshots.find(
    (s) => s.peildatum > election.datum! && s.organisaties.some((o) => o.sector === 'gemeenten'),
  );
  const ontbrekend = (next?.organisaties ?? [])
    .filter((o) => o.sector === 'gemeenten' && !read.has(o.instelling_id))
    .map((o) => ({
      instelling_id: o.instelling_id,
      instelling: o.instelling,
      provincie: o.provincie,
    }))
    .sort((a, b) => a.instelling.localeCompare(b.instelling, 'nl'));
  sources.elections.push({
    verkiezing: election.verkiezing,
    datum: election.datum,
    map: election.map,
    bron: election.bron,
    n_gemeenten: read.size,
    register_peildatum: next?.peildatum ?? null,
    ontbrekend,
  });
  sources.files.push({
    bestand: election.map,
    bron: election.bron,
    peildatum: election.datum,
    soort: 'verkiezing',
  });
}
