// npm run editie:publiceren: archives the edition of the built site (dist/) in
// <DATA_DIR>/edities/<publicatiedatum>/ and adds every URL to the manifest. Run it after a
// build that is published; the next build serves the edition from the archive, unchanged.
import { resolve } from 'node:path';
import { DataError } from '../src/pipeline/problems.ts';
import { PublishError, publishEdition } from './lib/publish-edition.ts';

const projectDir = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.DATA_DIR ?? resolve(projectDir, 'data'));
const siteDir = resolve(process.env.OUT_DIR ?? resolve(projectDir, 'dist'));
try {
  const result = await publishEdition({ dataDir, siteDir });
  console.log(
    result.status === 'gepubliceerd'
      ? `Editie ${result.datum} gearchiveerd in ${resolve(dataDir, 'edities', result.datum)} (${result.bestanden} bestanden); ${result.urls} URL's in de lijst van gepubliceerde URL's.`
      : `Editie ${result.datum} was al gearchiveerd en is ongewijzigd; ${result.urls} URL's in de lijst van gepubliceerde URL's.`,
  );
} catch (error) {
  console.error(
    error instanceof PublishError || error instanceof DataError
      ? `Editie niet gepubliceerd: ${error.message}`
      : (error as Error).stack,
  );
  process.exitCode = 1;
}
