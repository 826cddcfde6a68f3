// npm run data:demo: writes the demo data directory (generated, fictional, DATA.md §6) into
// DEMO_OUT_DIR (default .build/voorbeeld/data), the data the demo site is built from.
import { join, resolve } from 'node:path';
import { writeDemoData } from './demo/write-demo.ts';

const projectDir = resolve(import.meta.dirname, '..');
await writeDemoData({
  projectDir,
  outDir: resolve(process.env.DEMO_OUT_DIR ?? join(projectDir, '.build', 'voorbeeld', 'data')),
  seed: Number(process.env.DEMO_SEED ?? 20260301),
  scale: Number(process.env.DEMO_SCALE ?? 1),
  years: Number(process.env.DEMO_YEARS ?? 5),
});
