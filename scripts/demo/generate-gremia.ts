// Demo quick-scan rows: fictional institutions in the real sector structure, 2021-2025, written
// in the awkward formats real extracts come in (BOM + semicolons + CRLF, Windows-1252, XLSX).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Random } from './random.ts';

interface SectorPlan {
  labels: string[];
  count: number;
  prefixes: string[];
  subsectors: string[];
  women: number;
  types: string[][];
}

const SECTORS: SectorPlan[] = [
  {
    labels: ['Rijk', 'Rijk+'],
    count: 140,
    prefixes: ['Agentschap', 'Dienst', 'Autoriteit', 'College', 'Raad'],
    subsectors: ['Ministeries', "Zbo's", 'Hoge Colleges van Staat'],
    women: 0.41,
    types: [['Raad van bestuur'], ['Bestuur', 'Raad van toezicht'], ['Directie']],
  },
  {
    labels: ['Decentrale overheden', 'Gemeenten'],
    count: 420,
    prefixes: ['Gemeente', 'Waterschap', 'Provincie', 'Regio'],
    subsectors: ['Gemeenten', 'Provincies', 'Waterschappen', 'Gemeenschappelijke regelingen'],
    women: 0.33,
    types: [
      ['College van B&W', 'Gemeenteraad'],
      ['Dagelijks bestuur', 'Algemeen bestuur'],
      ['College'],
    ],
  },
  {
    labels: ['Politie, brandweer, OM en rechtspraak', 'Veiligheid en recht'],
    count: 70,
    prefixes: ['Veiligheidsregio', 'Rechtbank', 'Parket', 'Politie-eenheid'],
    subsectors: ['Politie', 'Brandweer', 'Openbaar Ministerie', 'Rechtspraak'],
    women: 0.42,
    types: [['Directie'], ['Bestuur']],
  },
  {
    labels: ['Onderwijs'],
    count: 880,
    prefixes: ['Stichting', 'Hogeschool', 'Scholengroep', 'Onderwijsgroep', 'Universiteit'],
    subsectors: ['Primair onderwijs', 'Voortgezet onderwijs', 'MBO', 'HBO', 'WO'],
    women: 0.48,
    types: [
      ['College van bestuur', 'Raad van toezicht'],
      ['Raad van bestuur', 'RvT'],
    ],
  },
  {
    labels: ['Zorg en welzijn', 'Zorg & welzijn'],
    count: 620,
    prefixes: ['Zorggroep', 'Ziekenhuis', 'Stichting', 'GGZ', 'Welzijnsgroep'],
    subsectors: ['Ziekenhuizen', 'GGZ', 'Ouderenzorg', 'Jeugdzorg', 'Gehandicaptenzorg'],
    women: 0.5,
    types: [
      ['Raad van bestuur', 'Raad van toezicht'],
      ['RvB', 'RvT'],
    ],
  },
  {
    labels: ['Kunst en cultuur', 'Cultuur'],
    count: 150,
    prefixes: ['Museum', 'Theater', 'Orkest', 'Fonds', 'Stichting'],
    subsectors: ['Musea', 'Podiumkunsten', 'Fondsen'],
    women: 0.47,
    types: [['Directie', 'Raad van toezicht'], ['Bestuur']],
  },
  {
    labels: ['Sport en recreatie'],
    count: 80,
    prefixes: ['Bond', 'Sportbond', 'Stichting', 'Federatie'],
    subsectors: ['Sportbonden', 'Recreatie'],
    women: 0.32,
    types: [['Bestuur'], ['Directie', 'Raad van toezicht']],
  },
  {
    labels: ['Woningcorporaties', 'Wooncorporaties'],
    count: 250,
    prefixes: ['Woonstichting', 'Wooncorporatie', 'Woongroep'],
    subsectors: [],
    women: 0.44,
    types: [
      ['Raad van bestuur', 'Raad van commissarissen'],
      ['Bestuur', 'Raad van toezicht'],
    ],
  },
  {
    labels: ['Overig semipubliek', 'Netbeheerders', 'Waterbedrijven'],
    count: 110,
    prefixes: ['Netbeheer', 'Waterbedrijf', 'Pensioenfonds', 'Omroep'],
    subsectors: ['Netbeheerders', 'Waterbedrijven', 'Pensioenfondsen', 'Publieke omroep'],
    women: 0.4,
    types: [['Raad van bestuur', 'Raad van commissarissen'], ['Directie']],
  },
];

// Invented place-like names: no real institution is meant.
const SYLLABLES_A = [
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Hoog',
  'Laag',
  'Groen',
  'Klein',
  'Groot',
  'Oud',
  'Nieuw',
  'Zee',
  'Berg',
  'Wester',
  'Ooster',
];
const SYLLABLES_B = [
  'veen',
  'dijk',
  'wold',
  'hoven',
  'brug',
  'stede',
  'hage',
  'dam',
  'water',
  'vliet',
  'rode',
  'meer',
  'horst',
  'lande',
  'gaarde',
  'ée',
  'ëlle',
];

export interface GremiumRow {
  jaar: number;
  sector: string;
  subsector: string;
  instelling_id: string;
  instelling: string;
  gremium_type: string;
  gremium: string;
  vrouwen: number | null;
  mannen: number | null;
  x: number | null;
  bron: string;
}

export function planGremia(random: Random, years: number[]): GremiumRow[] {
  const rows: GremiumRow[] = [];
  let serial = 0;
  for (const plan of SECTORS) {
    for (let i = 0; i < plan.count; i += 1) {
      serial += 1;
      const id = `DEMO-${String(serial).padStart(5, '0')}`;
      const place = `${random.pick(SYLLABLES_A)}${random.pick(SYLLABLES_B)}`;
      let name = `${random.pick(plan.prefixes)} ${place}`;
      if (random.chance(0.05)) name += ' & Omstreken';
      const subsector = plan.subsectors.length > 0 ? random.pick(plan.subsectors) : '';
      const types = random.pick(plan.types);
      const firstYear = random.chance(0.1) ? random.pick(years.slice(1)) : years[0]!;
      const lastYear = random.chance(0.05) ? random.pick(years.slice(0, -1)) : years.at(-1)!;
      const renamedIn = random.chance(0.02) ? random.pick(years.slice(1)) : null;
      for (const type of types) {
        let size =
          type.toLowerCase().includes('raad') && !type.includes('bestuur')
            ? random.int(3, 9)
            : random.int(1, 5);
        if (type === 'Gemeenteraad' || type === 'Algemeen bestuur') size = random.int(9, 45);
        let share = Math.min(0.85, Math.max(0.05, plan.women + (random.next() - 0.5) * 0.3));
        for (const jaar of years) {
          if (jaar < firstYear || jaar > lastYear) continue;
          share = Math.min(0.9, share + 0.012 + (random.next() - 0.5) * 0.04);
          if (random.chance(0.15)) size = Math.max(1, size + random.int(-1, 1));
          const missing = random.chance(0.22 - (jaar - years[0]!) * 0.03);
          const x = !missing && size > 4 && random.chance(0.01) ? 1 : 0;
          const vrouwen = missing ? null : random.binomial(size - x, share);
          rows.push({
            jaar,
            sector: random.pick(plan.labels),
            subsector,
            instelling_id: id,
            instelling: renamedIn !== null && jaar >= renamedIn ? `${name} (nieuwe naam)` : name,
            gremium_type: type,
            gremium: '',
            vrouwen,
            mannen: missing ? null : size - x - vrouwen!,
            x: missing ? null : x,
            bron: `https://voorbeeld.invalid/jaarverslag/${id.toLowerCase()}/${jaar}`,
          });
        }
      }
    }
  }
  return rows;
}

const HEADER = [
  'jaar',
  'sector',
  'subsector',
  'instelling_id',
  'instelling',
  'gremium_type',
  'gremium',
  'vrouwen',
  'mannen',
  'x',
  'zetels',
  'bron',
];
// How a spreadsheet user might head the same columns.
const HEADER_VARIANT = [
  'Jaar',
  'Sector',
  'Subsector',
  'Instelling ID',
  'Instelling',
  'Gremium-type',
  'Gremium',
  'Vrouwen',
  'Mannen',
  'X',
  'Zetels',
  'Bron',
];

function values(r: GremiumRow): (string | number)[] {
  const zetels = r.vrouwen === null ? '' : r.vrouwen + (r.mannen ?? 0) + (r.x ?? 0);
  return [
    r.jaar,
    r.sector,
    r.subsector,
    r.instelling_id,
    r.instelling,
    r.gremium_type,
    r.gremium,
    r.vrouwen ?? '',
    r.mannen ?? '',
    r.x ?? '',
    zetels,
    r.bron,
  ];
}

function csvLine(cells: (string | number)[], delimiter: string): string {
  return cells
    .map((c) => {
      const s = String(c);
      return s.includes(delimiter) || s.includes('"') || s.includes('\n')
        ? `"${s.replace(/"/g, '""')}"`
        : s;
    })
    .join(delimiter);
}

function encodeWindows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes.push(code < 256 ? code : 0x3f);
  }
  return Buffer.from(bytes);
}

export async function writeGremiaFiles(
  dir: string,
  rows: GremiumRow[],
  years: number[],
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const jaar of years) {
    const own = rows.filter((r) => r.jaar === jaar);
    const index = years.indexOf(jaar);
    let name: string;
    if (index === 0) {
      // Excel (NL) export: BOM, semicolons, CRLF.
      name = `quickscan-${jaar}.csv`;
      const text =
        [csvLine(HEADER_VARIANT, ';'), ...own.map((r) => csvLine(values(r), ';'))].join('\r\n') +
        '\r\n';
      await writeFile(join(dir, name), `\uFEFF${text}`);
    } else if (index === 1) {
      // An older system's Windows-1252 export.
      name = `quickscan-${jaar}.csv`;
      const text =
        [csvLine(HEADER, ','), ...own.map((r) => csvLine(values(r), ','))].join('\n') + '\n';
      await writeFile(join(dir, name), encodeWindows1252(text));
    } else if (index === 2) {
      name = `quickscan-${jaar}.xlsx`;
      const workbook = new ExcelJS.Workbook();
      workbook.created = new Date(0);
      workbook.modified = new Date(0);
      const sheet = workbook.addWorksheet('gremia');
      sheet.addRow(HEADER_VARIANT);
      for (const r of own) sheet.addRow(values(r).map((v) => (v === '' ? null : v)));
      await writeFile(join(dir, name), Buffer.from(await workbook.xlsx.writeBuffer()));
    } else {
      name = `quickscan-${jaar}.csv`;
      const text =
        [csvLine(HEADER, ','), ...own.map((r) => csvLine(values(r), ','))].join('\n') + '\n';
      await writeFile(join(dir, name), text);
    }
    await writeFile(
      join(dir, `${name}.bron.json`),
      `${JSON.stringify({ titel: `VOORBEELDDATA quick-scan ${jaar} (gegenereerd, fictieve instellingen)`, url: 'https://voorbeeld.invalid/quickscan', opgehaald: `${jaar + 1}-03-01`, licentie: 'CC0-1.0', voorbeelddata: true }, null, 2)}\n`,
    );
    written.push(name);
  }
  return written;
}
