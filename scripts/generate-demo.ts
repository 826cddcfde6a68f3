// npm run data:demo: writes the seeded, deterministic demo edition into data/ (DATA.md §6).
// Everything it writes is fictional and labelled voorbeelddata.
import { rm, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Problems } from '../src/pipeline/problems.ts';
import { readMunicipalities } from '../src/pipeline/read-reference.ts';
import { Random } from './demo/random.ts';
import { planGremia, writeGremiaFiles } from './demo/generate-gremia.ts';
import {
  asOf,
  extractRows,
  municipalitiesOn,
  planMunicipality,
  writeExtract,
  type Legislature,
} from './demo/generate-mandaten.ts';

const projectDir = resolve(import.meta.dirname, '..');
const outDir = resolve(process.env.DEMO_OUT_DIR ?? join(projectDir, 'data'));
const seed = Number(process.env.DEMO_SEED ?? 20260301);
/** Scale factor for benchmarks: more institutions per sector. */
const scale = Number(process.env.DEMO_SCALE ?? 1);

const random = new Random(seed);
/** Number of quick-scan years up to 2025 (the committed demo has 5; benchmarks use 10). */
const yearCount = Number(process.env.DEMO_YEARS ?? 5);
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
  `${JSON.stringify({ titel: 'Genderdiversiteit in de top — voorbeeldeditie', uitgever: 'Project genderdiversiteit-monitor (voorbeelddata)', licentie: 'CC0-1.0', publicatiedatum: '2026-03-01', voorbeelddata: true }, null, 2)}\n`,
);
console.log(
  `Voorbeelddata geschreven naar ${outDir}: ${gremia.length} gremiumrijen, ${plans2019.length} + ${plans2025.length} gemeenten`,
);
