// npm run data:fetch: downloads the latest public mandatendatabank export (and, when configured,
// the Statbel municipality list and a boundaries file) into DATA_DIR with provenance sidecars.
//   MANDATEN_BASE_URL  site that lists /files/mandaten-<timestamp>.csv (default below)
//   MANDATEN_LIST_PATH page on that site with the links (default /)
//   STATBEL_URL, GRENZEN_URL  optional reference files
//   FETCH_TIMEOUT_MS, FETCH_RETRIES  per-attempt time-out and number of retries
import { resolve } from 'node:path';
import { DEFAULT_POLICY, FetchError, fetchSources } from './lib/fetch-sources.ts';

const projectDir = resolve(import.meta.dirname, '..');
const env = process.env;
try {
  await fetchSources(
    {
      dataDir: resolve(env.DATA_DIR ?? resolve(projectDir, 'data-opgehaald')),
      mandatenBaseUrl: env.MANDATEN_BASE_URL ?? 'https://mandaten.lokaalbestuur.vlaanderen.be/',
      mandatenListPath: env.MANDATEN_LIST_PATH ?? '/',
      ...(env.STATBEL_URL ? { statbelUrl: env.STATBEL_URL } : {}),
      ...(env.GRENZEN_URL ? { boundariesUrl: env.GRENZEN_URL } : {}),
    },
    {
      ...DEFAULT_POLICY,
      timeoutMs: Number(env.FETCH_TIMEOUT_MS ?? DEFAULT_POLICY.timeoutMs),
      retries: Number(env.FETCH_RETRIES ?? DEFAULT_POLICY.retries),
    },
  );
} catch (error) {
  console.error(
    error instanceof FetchError ? `Ophalen mislukt: ${error.message}` : (error as Error).stack,
  );
  process.exitCode = 1;
}
