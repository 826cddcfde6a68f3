// npm run build: pipeline -> Astro -> Pagefind into dist/ (DATA_DIR selects the data directory).
import { resolve } from 'node:path';
import { buildSite, DataError, PermanenceError } from './lib/build-site.ts';
import { PublicationError } from './lib/site-origin.ts';

const projectDir = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.DATA_DIR ?? resolve(projectDir, 'data'));
const outDir = resolve(process.env.OUT_DIR ?? resolve(projectDir, 'dist'));

try {
  console.log(`Gegevens: ${dataDir}`);
  await buildSite({
    projectDir,
    dataDir,
    outDir,
    ...(process.env.BUILD_DATE ? { buildDate: process.env.BUILD_DATE } : {}),
  });
  console.log(`Site gebouwd in ${outDir}`);
} catch (error) {
  if (error instanceof DataError) {
    console.error(`Fouten in de gegevens (de vorige site blijft ongewijzigd):\n${error.message}`);
  } else if (error instanceof PublicationError) {
    console.error(`Niet gepubliceerd (de vorige site blijft ongewijzigd): ${error.message}`);
  } else if (error instanceof PermanenceError) {
    console.error(
      `Permanente links gebroken (de vorige site blijft ongewijzigd):\n${error.message}`,
    );
  } else {
    console.error(
      `Bouwen mislukt (de vorige site blijft ongewijzigd): ${(error as Error).stack ?? String(error)}`,
    );
  }
  process.exitCode = 1;
}
