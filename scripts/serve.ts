// npm run preview: serves the built dist/ on http://127.0.0.1:4321 (PORT to change).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from './lib/static-server.ts';

const dist = resolve(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
if (!existsSync(dist)) {
  console.error('dist/ bestaat nog niet: voer eerst `npm run build` uit.');
  process.exit(1);
}
const base = process.env.BASE_PATH ?? '/';
const { url } = await serveStatic(
  dist,
  Number(process.env.PORT ?? 4321),
  base.endsWith('/') ? base : `${base}/`,
);
console.log(`De site draait op ${url} (Ctrl+C om te stoppen)`);
