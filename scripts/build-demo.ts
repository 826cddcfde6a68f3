// npm run build:voorbeeld: the demo site. Generates the fictional data (DATA.md §6) into
// .build/voorbeeld/data and builds it into dist-voorbeeld/ (OUT_DIR), served by
// `npm run preview:voorbeeld` at its own origin. Every page says VOORBEELD and is noindex;
// nothing of it enters the public site.
import { join, resolve } from 'node:path';
import { buildSite, DataError } from './lib/build-site.ts';
import { writeDemoData } from './demo/write-demo.ts';
import { DEMO_PREVIEW_ORIGIN } from './lib/site-origin.ts';

const projectDir = resolve(import.meta.dirname, '..');
const dataDir = resolve(
  process.env.DEMO_DATA_DIR ?? join(projectDir, '.build', 'voorbeeld', 'data'),
);
const outDir = resolve(process.env.OUT_DIR ?? join(projectDir, 'dist-voorbeeld'));
try {
  await writeDemoData({ projectDir, outDir: dataDir });
  await buildSite({
    projectDir,
    dataDir,
    outDir,
    defaultOrigin: process.env.VOORBEELD_URL ?? DEMO_PREVIEW_ORIGIN,
    publication: false,
  });
  console.log(`Voorbeeldsite gebouwd in ${outDir}`);
} catch (error) {
  console.error(
    error instanceof DataError
      ? `Fouten in de voorbeelddata:\n${error.message}`
      : `Bouwen mislukt: ${(error as Error).stack ?? String(error)}`,
  );
  process.exitCode = 1;
}
