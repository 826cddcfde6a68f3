// The demo data directory (DATA.md §6): seeded, deterministic, fictional quick-scan rows and
// mandaten extracts in the official format, every file labelled voorbeelddata. The demo site
// (npm run build:voorbeeld) and the tests build from it; nothing of it is committed.
import { rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Problems } from '../../src/pipeline/problems.ts';
import { readMunicipalities } from '../../src/pipeline/read-reference.ts';
import { Random } from './random.ts';
import { planGremia, writeGremiaFiles } from './generate-gremia.ts';
import {
  asOf,
  extractRows,
  municipalitiesOn,
  planMunicipality,
  writeExtract,
  type Legislature,
} from './generate-mandaten.ts';

export interface DemoOptions {
  /** the project, for its reference table of Flemish municipalities */
  projectDir: string;
  outDir: string;
  seed?: number;
  /** Scale factor for benchmarks: more institutions per sector. */
  scale?: number;
  /** Number of quick-scan years up to 2025 (the demo has 5; benchmarks use 10). */
  years?: number;
  log?: (message: string) => void;
}

/** The demo's contact: an address under the reserved .example domain (RFC 2606), never a real
 *  mailbox, so that the demo shows the report links without sending anyone anywhere. */
export const DEMO_CONTACT = 'fouten@voorbeeldsite.example';

export async function writeDemoData(options: DemoOptions): Promise<void> {
  const { projectDir, outDir } = options;
  const scale = options.scale ?? 1;
  const random = new Random(options.seed ?? 20260301);
  const yearCount = options.years ?? 5;
  const years = Array.from({ length: yearCount }, (_, i) => 2025 - yearCount + 1 + i);

  for (const sub of ['gremia', 'mandaten', 'personen'])
    await rm(join(outDir, sub), { recursive: true, force: true });

  const gremia = [];
  for (let i = 0; i < scale; i += 1) {
    gremia.push(
      ...planGremia(random, years).map((r) =>
        i === 0 ? r : { ...r, instelling_id: `${r.instelling_id}-${i}` },
      ),
    );
  }
  await writeGremiaFiles(join(outDir, 'gremia'), gremia, years);

  const municipalities = await readMunicipalities(
    join(projectDir, 'data', 'referentie', 'gemeenten.csv'),
    new Problems(),
  );
  const leg2019: Legislature = { start: '2019-01-01', end: '2024-12-01', label: '2019-2024' };
  const leg2025: Legislature = { start: '2024-12-02', end: '', label: '2025-2030' };
  const plans2019 = municipalitiesOn(municipalities, '2023-10-23').map((m) =>
    planMunicipality(random, m, leg2019, '2023-01-01'),
  );
  const plans2025 = municipalitiesOn(municipalities, '2025-06-16').map((m) =>
    planMunicipality(random, m, { ...leg2025, end: '' }, null),
  );

  // 2022: the official export without gender; gender comes from personen/ for most municipalities.
  const view2022 = plans2019.map((p) => asOf(p, '2022-05-11', leg2019));
  await writeExtract(
    join(outDir, 'mandaten'),
    extractRows(
      view2022,
      {
        peildatum: '2022-05-11',
        stamp: '20220511060000000',
        genderColumn: 'none',
        legislature: leg2019,
      },
      random,
    ),
    {
      peildatum: '2022-05-11',
      stamp: '20220511060000000',
      genderColumn: 'none',
      legislature: leg2019,
    },
  );
  const withoutGender = new Set(
    random.sample(
      view2022.map((p) => p.municipality.nis),
      6,
    ),
  );
  const personen = new Map<string, string>();
  for (const plan of view2022) {
    if (withoutGender.has(plan.municipality.nis)) continue;
    for (const m of plan.mandatarissen)
      personen.set(
        m.person.uri,
        m.person.geslacht === 'vrouw'
          ? 'http://publications.europa.eu/resource/authority/human-sex/FEMALE'
          : 'http://publications.europa.eu/resource/authority/human-sex/MALE',
      );
  }
  await mkdir(join(outDir, 'personen'), { recursive: true });
  await writeFile(
    join(outDir, 'personen', 'personen-2022.csv'),
    ['persoon,geslacht', ...[...personen].map(([p, g]) => `${p},${g}`)].join('\n') + '\n',
  );
  await writeFile(
    join(outDir, 'personen', 'personen-2022.csv.bron.json'),
    `${JSON.stringify({ titel: 'VOORBEELDDATA gender per persoon (gegenereerd)', licentie: 'CC0-1.0', opgehaald: '2022-05-11', voorbeelddata: true }, null, 2)}\n`,
  );

  // 2023: an internal extract with a geslacht column, after mid-term changes.
  const options2023 = {
    peildatum: '2023-10-23',
    stamp: '20231023060000000',
    genderColumn: 'labels' as const,
    legislature: leg2019,
  };
  await writeExtract(
    join(outDir, 'mandaten'),
    extractRows(plans2019, options2023, random),
    options2023,
  );

  // 2025: after the mergers, gender as EU authority URIs.
  const options2025 = {
    peildatum: '2025-06-16',
    stamp: '20250616060000000',
    genderColumn: 'uris' as const,
    legislature: leg2025,
  };
  await writeExtract(
    join(outDir, 'mandaten'),
    extractRows(plans2025, options2025, random),
    options2025,
  );

  await writeFile(
    join(outDir, 'bron.json'),
    `${JSON.stringify({ titel: 'VOORBEELD — Genderdiversiteit in de top', uitgever: 'Project genderdiversiteit-monitor (voorbeelddata)', licentie: 'CC0-1.0', publicatiedatum: '2026-03-01', voorbeelddata: true, contact: DEMO_CONTACT }, null, 2)}\n`,
  );
  (options.log ?? console.log)(
    `Voorbeelddata geschreven naar ${outDir}: ${gremia.length} gremiumrijen, ${plans2019.length} + ${plans2025.length} gemeenten`,
  );
}
