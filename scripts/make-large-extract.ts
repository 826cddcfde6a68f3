// Writes a large mandaten export (default about 50 MB) for measuring the pipeline: the demo's
// 2023 extract repeated with fresh mandataris and persoon URIs. Usage:
//   npx tsx scripts/make-large-extract.ts <out-dir> [megabytes]
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const projectDir = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(projectDir, '.build', 'large'));
const targetBytes = Number(process.argv[3] ?? 50) * 1024 * 1024;
const source = await readFile(
  join(projectDir, 'data', 'mandaten', 'mandaten-20231023060000000.csv'),
  'utf8',
);
const [header, ...rows] = source.trimEnd().split('\n');
await mkdir(join(outDir, 'mandaten'), { recursive: true });
const path = join(outDir, 'mandaten', 'mandaten-20231023060000000.csv');
const out = createWriteStream(path);
out.write(`${header}\n`);
let written = header!.length + 1;
for (let copy = 0; written < targetBytes; copy += 1) {
  for (const row of rows) {
    const line = `${copy === 0 ? row : row.replace(/(mandatarissen|personen)\/([0-9a-f]+)/g, `$1/$2c${copy}`)}\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    written += Buffer.byteLength(line);
  }
}
await new Promise<void>((r) => out.end(() => r()));
await writeFile(
  join(outDir, 'bron.json'),
  JSON.stringify({ titel: 'Meetset (voorbeelddata)', voorbeelddata: true }),
);
console.log(`${path}: ${(written / 1024 / 1024).toFixed(1)} MB`);
