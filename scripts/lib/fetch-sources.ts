// Downloads public sources into a data directory, each with a provenance sidecar
// (<file>.bron.json: url, date fetched, licence, sha256). Downloads go to a temporary file that
// replaces the target only when complete and checked, so an interrupted, slow or truncated
// download never replaces a good file.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

export interface FetchPolicy {
  /** per attempt, for the whole response */
  timeoutMs: number;
  retries: number;
  /** wait before retry n is backoffMs * 2^(n-1) */
  backoffMs: number;
  log: (message: string) => void;
}

export const DEFAULT_POLICY: FetchPolicy = {
  timeoutMs: 120_000,
  retries: 3,
  backoffMs: 1_000,
  log: (m) => console.log(m),
};

export class FetchError extends Error {}

const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

function describe(error: unknown, url: string): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause?.code && OFFLINE_CODES.has(cause.code)) {
    return `geen verbinding met ${new URL(url).host} (${cause.code}): bent u offline, of klopt het adres?`;
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'te traag: time-out';
  return (error as Error).message;
}

/** One complete response body, or an error; retries network errors, time-outs and 5xx. */
export async function fetchComplete(url: string, policy: FetchPolicy): Promise<Buffer> {
  let lastProblem = '';
  for (let attempt = 1; attempt <= policy.retries + 1; attempt++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(policy.timeoutMs) });
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
      if (!response.ok) {
        // 4xx will not get better by asking again.
        throw new FetchError(`${url}: HTTP ${response.status} ${response.statusText}`);
      }
      const body = Buffer.from(await response.arrayBuffer());
      const expected = response.headers.get('content-length');
      if (
        expected !== null &&
        !response.headers.get('content-encoding') &&
        Number(expected) !== body.length
      ) {
        throw new Error(`onvolledig: ${body.length} van ${expected} bytes ontvangen`);
      }
      return body;
    } catch (error) {
      if (error instanceof FetchError) throw error;
      lastProblem = describe(error, url);
      if (attempt <= policy.retries) {
        const wait = policy.backoffMs * 2 ** (attempt - 1);
        policy.log(`  ${url}: ${lastProblem}; opnieuw over ${wait} ms (poging ${attempt + 1})`);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }
  throw new FetchError(`${url}: mislukt na ${policy.retries + 1} pogingen: ${lastProblem}`);
}

export interface Sidecar {
  titel: string;
  url: string;
  opgehaald: string;
  licentie: string;
  sha256: string;
  peildatum?: string;
}

/**
 * Fetches url into target (atomically) and writes target.bron.json. `check` may reject the body
 * (e.g. not a mandaten export) before anything is replaced. Returns false when the file on disk
 * already had the same content.
 */
export async function downloadTo(
  url: string,
  target: string,
  meta: Omit<Sidecar, 'url' | 'opgehaald' | 'sha256'>,
  policy: FetchPolicy,
  check: (body: Buffer) => string | null = () => null,
  today = new Date().toISOString().slice(0, 10),
): Promise<boolean> {
  const body = await fetchComplete(url, policy);
  const problem = check(body);
  if (problem) throw new FetchError(`${url}: ${problem}; het bestaande bestand blijft staan`);
  return saveAtomically(body, target, { ...meta, url, opgehaald: today });
}

/** Links to mandaten exports on a listing page: /files/mandaten-<timestamp>.csv, newest first. */
export function exportLinks(html: string, pageUrl: string): { url: string; timestamp: string }[] {
  const found = new Map<string, string>();
  for (const m of html.matchAll(/href=["']([^"']*files\/mandaten-(\d{8,17})\.csv)["']/g)) {
    found.set(new URL(m[1]!, pageUrl).href, m[2]!);
  }
  return [...found]
    .map(([url, timestamp]) => ({ url, timestamp }))
    .sort((a, b) => b.timestamp.localeCompare(a.timestamp));
}

/** A mandaten export starts with the official header (DATA.md §3); anything else is refused. */
export function checkMandatenExport(body: Buffer): string | null {
  const head = body
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const header = head.split(/\r?\n/, 1)[0] ?? '';
  for (const column of ['mandataris', 'persoon', 'bestuursfunctie', 'werkingsgebied']) {
    if (
      !header
        .split(/[,;]/)
        .map((c) => c.trim().replace(/^"|"$/g, ''))
        .includes(column)
    ) {
      return `geen mandatendatabank-export (kolom '${column}' ontbreekt in de kopregel)`;
    }
  }
  return null;
}

/** The file extension of a URL's path, letters and digits only (it becomes part of a path). */
function extensionOf(url: string | undefined): string {
  if (!url) return '';
  const ext = extname(new URL(url).pathname).replace(/[^.a-z0-9]/gi, '');
  return ext.length > 1 ? ext.toLowerCase() : '.bin';
}

/** A register export starts with the register's own header (DATA.md §8). */
export function registerExportCheck(columns: string[]): (body: Buffer) => string | null {
  return (body) => {
    const header = (
      body
        .subarray(0, 8192)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/, 1)[0] ?? ''
    )
      .split(';')
      .map((c) => c.trim().replace(/^"|"$/g, ''));
    const missing = columns.filter((c) => !header.includes(c));
    return missing.length === 0
      ? null
      : `geen export van het Register van Overheidsorganisaties (kolom '${missing[0]}' ontbreekt in de kopregel)`;
  };
}

export interface RegisterPlan {
  dataDir: string;
  /** https://organisaties.overheid.nl */
  baseUrl: string;
  /** organisation types as in the export URL: Gemeenten, Provincies, Waterschappen, … */
  types: string[];
}

const REGISTER_LICENCE = 'CC0-1.0 (volgens de uitgever KOOP/BZK)';

/**
 * Fetches, per type, the organisations and office-holders exports of the register into roo/
 * (`<Type>.csv`, `medewerkers_<Type>.csv`, peildatum = today in the sidecar). Both files are
 * fetched and checked before either replaces what is there: a pair never gets out of step.
 */
export async function fetchRegister(
  plan: RegisterPlan,
  policy: FetchPolicy = DEFAULT_POLICY,
  today = new Date().toISOString().slice(0, 10),
): Promise<string[]> {
  const written: string[] = [];
  for (const type of plan.types) {
    const name = type.trim().replace(/\s+/g, '_');
    if (!/^[A-Za-z][A-Za-z0-9_'-]{0,80}$/.test(name))
      throw new FetchError(`organisatietype ${JSON.stringify(type)}: geen geldige naam`);
    const files = [
      {
        url: new URL(`/export/${encodeURIComponent(name)}.csv`, plan.baseUrl).href,
        target: join(plan.dataDir, 'roo', `${name}.csv`),
        titel: `Register van Overheidsorganisaties: export ${type} (organisaties)`,
        check: registerExportCheck(['Officiële naam', 'Type', 'TOOi URI', 'Organisatiecode']),
      },
      {
        url: new URL(`/export-medewerkers/${encodeURIComponent(name)}.csv`, plan.baseUrl).href,
        target: join(plan.dataDir, 'roo', `medewerkers_${name}.csv`),
        titel: `Register van Overheidsorganisaties: export ${type} (medewerkers)`,
        check: registerExportCheck(['Organisatie (onderdeel)', 'Naam', 'Functie']),
      },
    ];
    const bodies: Buffer[] = [];
    for (const f of files) {
      const body = await fetchComplete(f.url, policy);
      const problem = f.check(body);
      if (problem)
        throw new FetchError(`${f.url}: ${problem}; de bestaande bestanden blijven staan`);
      bodies.push(body);
    }
    for (const [i, f] of files.entries()) {
      const changed = await saveAtomically(bodies[i]!, f.target, {
        titel: f.titel,
        url: f.url,
        opgehaald: today,
        licentie: REGISTER_LICENCE,
        peildatum: today,
      });
      policy.log(`${changed ? '✓ opgehaald' : '= ongewijzigd'}: ${f.target}`);
      written.push(f.target);
    }
  }
  return written;
}

/** Writes body to target through a temporary file, with its sidecar; false when unchanged. */
async function saveAtomically(
  body: Buffer,
  target: string,
  meta: Omit<Sidecar, 'sha256'>,
): Promise<boolean> {
  const sha256 = createHash('sha256').update(body).digest('hex');
  if (existsSync(target)) {
    const current = createHash('sha256')
      .update(await readFile(target))
      .digest('hex');
    if (current === sha256) return false;
  }
  await mkdir(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.deel`);
  try {
    await writeFile(temporary, body);
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
  const sidecar: Sidecar = { ...meta, sha256 };
  await writeFile(`${target}.bron.json`, `${JSON.stringify(sidecar, null, 2)}\n`);
  return true;
}

export interface FetchPlan {
  dataDir: string;
  mandatenBaseUrl: string;
  mandatenListPath: string;
  statbelUrl?: string;
  boundariesUrl?: string;
  /** Dutch municipality boundaries (TopoJSON with property statcode) for the register's maps */
  dutchBoundariesUrl?: string;
  /** the Dutch register's exports; absent = not fetched */
  register?: Omit<RegisterPlan, 'dataDir'>;
  /** skip the mandatendatabank (when only the register is wanted) */
  skipMandaten?: boolean;
}

/**
 * The whole fetch: latest mandaten export, the register's exports, then the optional reference
 * files. Each source is tried even when another failed; the failures are reported together.
 */
export async function fetchSources(plan: FetchPlan, policy: FetchPolicy = DEFAULT_POLICY) {
  const failures: string[] = [];
  let target: string | null = null;
  if (!plan.skipMandaten) {
    try {
      target = await fetchMandaten(plan, policy);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      failures.push(error.message);
    }
  }
  if (plan.register) {
    try {
      await fetchRegister({ dataDir: plan.dataDir, ...plan.register }, policy);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      failures.push(error.message);
    }
  }
  try {
    await fetchReferenceFiles(plan, policy);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    failures.push(error.message);
  }
  if (failures.length > 0) throw new FetchError(failures.join('\n'));
  return target;
}

async function fetchMandaten(plan: FetchPlan, policy: FetchPolicy): Promise<string> {
  const listUrl = new URL(plan.mandatenListPath, plan.mandatenBaseUrl).href;
  policy.log(`Lijst van exports: ${listUrl}`);
  const listing = (await fetchComplete(listUrl, policy)).toString('utf8');
  const [latest] = exportLinks(listing, listUrl);
  if (!latest)
    throw new FetchError(`${listUrl}: geen links naar /files/mandaten-<tijdstempel>.csv gevonden`);
  const ts = latest.timestamp;
  const peildatum = `${ts.slice(0, 4)}-${ts.slice(4, 6)}-${ts.slice(6, 8)}`;
  const target = join(plan.dataDir, 'mandaten', `mandaten-${ts}.csv`);
  const changed = await downloadTo(
    latest.url,
    target,
    {
      titel: 'Lokale mandatendatabank, CSV-export',
      licentie: 'Modellicentie Gratis Hergebruik',
      peildatum,
    },
    policy,
    checkMandatenExport,
  );
  policy.log(`${changed ? '✓ opgehaald' : '= ongewijzigd'}: ${target}`);
  return target;
}

async function fetchReferenceFiles(plan: FetchPlan, policy: FetchPolicy): Promise<void> {
  const optional: [string | undefined, string, string][] = [
    [
      plan.statbelUrl,
      join(plan.dataDir, 'referentie', `statbel-gemeenten${extensionOf(plan.statbelUrl)}`),
      'Statbel, lijst van gemeenten (NIS-codes)',
    ],
    [
      plan.boundariesUrl,
      join(plan.dataDir, 'referentie', 'grenzen.topojson'),
      'Gemeentegrenzen (TopoJSON)',
    ],
    [
      plan.dutchBoundariesUrl,
      join(plan.dataDir, 'referentie', 'grenzen-nl.topojson'),
      'Nederlandse gemeentegrenzen (TopoJSON, eigenschap statcode)',
    ],
  ];
  for (const [url, file, titel] of optional) {
    if (!url) continue;
    const done = await downloadTo(url, file, { titel, licentie: 'zie bron' }, policy);
    policy.log(`${done ? '✓ opgehaald' : '= ongewijzigd'}: ${file}`);
  }
}
