// npm run data:fetch: downloads the latest public mandatendatabank export, the exports of the
// Dutch register of government organisations (and, when configured, the Statbel municipality
// list and a boundaries file) into DATA_DIR with provenance sidecars.
//   MANDATEN_BASE_URL  site that lists /files/mandaten-<timestamp>.csv (default below)
//   MANDATEN_LIST_PATH page on that site with the links (default /)
//   ROO_TYPES          Dutch register types to fetch, comma-separated (default Gemeenten; e.g.
//                      Gemeenten,Provincies,Waterschappen); ROO_TYPES= (empty) skips the register
//   ROO_BASE_URL       the register's site (default https://organisaties.overheid.nl)
//   BRONNEN            which sources: mandaten,roo (default both)
//   STATBEL_URL, GRENZEN_URL  optional reference files
//   GRENZEN_NL_URL     optional Dutch municipality boundaries (TopoJSON, property statcode), e.g.
//                      https://cartomap.github.io/nl/wgs84/gemeente_2026.topojson (CBS/PDOK, CC BY 4.0)
//   FETCH_TIMEOUT_MS, FETCH_RETRIES  per-attempt time-out and number of retries
import { resolve } from 'node:path';
import { DEFAULT_POLICY, FetchError, fetchSources } from './lib/fetch-sources.ts';

const projectDir = resolve(import.meta.dirname, '..');
const env = process.env;
const sources = (env.BRONNEN ?? 'mandaten,roo').split(',').map((s) => s.trim());
const types = (env.ROO_TYPES ?? 'Gemeenten')
  .split(',')
  .map((t) => t.trim())
  .filter(Boolean);
try {
  await fetchSources(
    {
      dataDir: resolve(env.DATA_DIR ?? resolve(projectDir, 'data-opgehaald')),
      mandatenBaseUrl: env.MANDATEN_BASE_URL ?? 'https://mandaten.lokaalbestuur.vlaanderen.be/',
      mandatenListPath: env.MANDATEN_LIST_PATH ?? '/',
      ...(env.STATBEL_URL ? { statbelUrl: env.STATBEL_URL } : {}),
      ...(env.GRENZEN_URL ? { boundariesUrl: env.GRENZEN_URL } : {}),
      ...(env.GRENZEN_NL_URL ? { dutchBoundariesUrl: env.GRENZEN_NL_URL } : {}),
      skipMandaten: !sources.includes('mandaten'),
      ...(sources.includes('roo') && types.length > 0
        ? {
            register: {
              baseUrl: env.ROO_BASE_URL ?? 'https://organisaties.overheid.nl',
              types,
            },
          }
        : {}),
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
