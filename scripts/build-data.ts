// npm run data: runs only the data pipeline into .build/data (for checking extracts quickly).
import { resolve } from 'node:path';
import { DataError } from '../src/pipeline/problems.ts';
import { runPipeline } from '../src/pipeline/run.ts';

const projectDir = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.DATA_DIR ?? resolve(projectDir, 'data'));
const outDir = resolve(process.env.OUT_DIR ?? resolve(projectDir, '.build', 'data'));
const started = performance.now();
try {
  const site = await runPipeline({
    dataDir,
    projectDataDir: resolve(projectDir, 'data'),
    outDir,
    ...(process.env.BUILD_DATE ? { buildDate: process.env.BUILD_DATE } : {}),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(
    `${site.gremia.length} gremiumrijen, ${site.gemeenteCijfers.length} gemeenterijen, ${site.downloads.length} downloads in ${outDir}`,
  );
  console.log(`pipeline: ${seconds} s, piekgeheugen ${peak} MB`);
} catch (error) {
  console.error(error instanceof DataError ? `Fouten in de gegevens:\n${error.message}` : error);
  process.exitCode = 1;
}
