// npm run urls:bijwerken: after publishing an edition, adds every URL of the built site (dist/)
// to <DATA_DIR>/gepubliceerde-urls.txt, so that later builds must keep them.
import { resolve } from 'node:path';
import { MANIFEST_NAME, updateManifest } from './lib/published-urls.ts';

const projectDir = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.DATA_DIR ?? resolve(projectDir, 'data'));
const siteDir = resolve(process.env.OUT_DIR ?? resolve(projectDir, 'dist'));
const count = await updateManifest(dataDir, siteDir);
console.log(`${resolve(dataDir, MANIFEST_NAME)}: ${count} URL's`);
