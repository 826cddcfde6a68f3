// npm run referentie:nl: derives data/referentie/gemeenten-nl.csv (per Dutch municipality its CBS
// name, other names people search for, and the places in it) from two public sources in
// ../shared/reference/nl/: the CBS list of woonplaatsen per municipality and the GeoNames
// gazetteer. Only facts are carried over (a code, a name, a place -> municipality), with the
// sources named in the sidecar. Run again when the sources change; the output is committed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

const projectDir = resolve(import.meta.dirname, '..');
const source = resolve(
  process.env.REFERENTIE_NL ?? join(projectDir, '..', 'shared', 'reference', 'nl'),
);
const out = join(projectDir, 'data', 'referentie', 'gemeenten-nl.csv');

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** Latin script only (diacritics allowed): other scripts are not what Dutch readers type. */
const latin = (name: string) =>
  /^[\p{Script=Latin}0-9 '’.,()/-]+$/u.test(name) && name.length <= 60;
const clean = (name: string) =>
  name
    .replace(/’/g, "'")
    .replace(/^Gemeente\s+/, '')
    .trim();

const woonplaatsenPath = join(source, 'woonplaatsen_gemeenten_cbs.csv');
const geonamesPath = join(source, 'geonames_NL.txt');
const woonplaatsen = Papa.parse<Record<string, string>>(readFileSync(woonplaatsenPath, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

interface Entry {
  naam: string;
  aliassen: Set<string>;
  plaatsen: Set<string>;
}
const byCode = new Map<string, Entry>();
for (const w of woonplaatsen) {
  const code = `gm${w['Gemeentecode']!.padStart(4, '0')}`;
  const entry = byCode.get(code) ?? {
    naam: w['Gemeente']!,
    aliassen: new Set(),
    plaatsen: new Set(),
  };
  entry.plaatsen.add(w['Woonplaats']!);
  byCode.set(code, entry);
}
// GeoNames: the municipality's own names (ADM2) and its districts and places (ADM3, PPL*), only
// for codes that CBS lists today (GeoNames may lag the mergers of 2022-2024).
for (const line of readFileSync(geonamesPath, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 12) continue;
  const [, name, , alternates, , , featureClass, featureCode] = f;
  const admin2 = f[11]!;
  if (!/^\d{4}$/.test(admin2)) continue;
  const entry = byCode.get(`gm${admin2}`);
  if (!entry) continue;
  if (featureCode === 'ADM2') {
    for (const alt of [name!, ...alternates!.split(',')].map(clean))
      if (alt && latin(alt) && alt !== entry.naam) entry.aliassen.add(alt);
  } else if (featureCode === 'ADM3' || (featureClass === 'P' && featureCode!.startsWith('PPL'))) {
    const place = clean(name!);
    if (place && latin(place)) entry.plaatsen.add(place);
  }
}

const rows = [...byCode.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, e]) => {
    const aliassen = [...e.aliassen].filter((a) => a.toLowerCase() !== e.naam.toLowerCase()).sort();
    const plaatsen = [...e.plaatsen]
      .filter((p) => p.toLowerCase() !== e.naam.toLowerCase() && !aliassen.includes(p))
      .sort((a, b) => a.localeCompare(b, 'nl'));
    return { code, naam: e.naam, aliassen: aliassen.join('|'), plaatsen: plaatsen.join('|') };
  });
writeFileSync(out, Papa.unparse(rows, { newline: '\n' }) + '\n');
writeFileSync(
  `${out}.bron.json`,
  `${JSON.stringify(
    {
      titel:
        'Nederlandse gemeenten: CBS-naam, andere namen (Den Haag, Den Bosch) en de plaatsen die erin liggen, voor het zoeken',
      url: 'https://opendata.cbs.nl/',
      opgehaald: '2026-12-06',
      licentie:
        'CC BY 4.0: Bron: CBS (woonplaatsen per gemeente) en GeoNames (geonames.org, andere namen en plaatsen); tabel samengesteld door het project',
      toelichting: `Afgeleid met scripts/make-reference-nl.ts uit woonplaatsen_gemeenten_cbs.csv (kopie van woonstadrotterdam/woningwaardering, commit 39a16cb9261228e16e754c6e92c9e112bd8a969f, sha256 ${sha(woonplaatsenPath)}) en geonames_NL.txt (kopie van JurriSteeg/grafsteen_toponiemen, commit 97c8c909dfc2dfc91d28725e0301db89ec77483c, sha256 ${sha(geonamesPath)}). Alleen codes, namen en plaatsen; alleen Latijns schrift; GeoNames alleen voor gemeentecodes die het CBS nu kent.`,
    },
    null,
    2,
  )}\n`,
);
console.log(`${rows.length} gemeenten geschreven naar ${out}`);
