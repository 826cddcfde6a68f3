// One stage of the build on its own, for npm run bench (which times each stage and its memory):
//   social-images <site-data.json> <out-dir>
//   pagefind <site-dir>
//   figure-extras <site-data.json> <site-dir>   (embed pages and metadata; downloads/ inside)
import { readFile } from 'node:fs/promises';
import type { SiteData } from '../src/domain/site-data.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { writeSocialImages } from './lib/social-images.ts';
import { writeFigureExtras } from './lib/figure-extras.ts';

const [stage, first, second] = process.argv.slice(2);
if (stage === 'social-images' && first && second) {
  const site = JSON.parse(await readFile(first, 'utf8')) as SiteData;
  console.log(`${await writeSocialImages(site, second)} beelden`);
} else if (stage === 'pagefind' && first) {
  await buildSearchIndex(first);
} else if (stage === 'figure-extras' && first && second) {
  const site = JSON.parse(await readFile(first, 'utf8')) as SiteData;
  console.log(await writeFigureExtras(second, site, '/'));
} else {
  console.error(
    'gebruik: bench-stage.ts social-images <site-data.json> <map> | pagefind <map> | figure-extras <site-data.json> <map>',
  );
  process.exitCode = 2;
}
