// One stage of the build on its own, for npm run bench (which times each stage and its memory):
//   social-images <site-data.json> <out-dir>
//   pagefind <site-dir>
import { readFile } from 'node:fs/promises';
import type { SiteData } from '../src/domain/site-data.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { writeSocialImages } from './lib/social-images.ts';

const [stage, first, second] = process.argv.slice(2);
if (stage === 'social-images' && first && second) {
  const site = JSON.parse(await readFile(first, 'utf8')) as SiteData;
  console.log(`${await writeSocialImages(site, second)} beelden`);
} else if (stage === 'pagefind' && first) {
  await buildSearchIndex(first);
} else {
  console.error('gebruik: bench-stage.ts social-images <site-data.json> <map> | pagefind <map>');
  process.exitCode = 2;
}
