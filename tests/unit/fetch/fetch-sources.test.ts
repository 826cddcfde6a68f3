// npm run data:fetch against a local HTTP server on 127.0.0.1: the latest export is found and
// saved with its provenance; slow, failing and truncated responses are retried or refused, and
// never replace a good file; an unreachable host gets an "offline" message.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  checkMandatenExport,
  downloadTo,
  exportLinks,
  fetchRegister,
  fetchSources,
  type FetchPolicy,
} from '../../../scripts/lib/fetch-sources.ts';

const HEADER =
  'mandataris,start,eind,rangorde,status,statusLabel,persoon,voornaam,achternaam,roepnaam,geslacht,mandaat,bestuursfunctie,bestuursfunctieLabel,bestuursorgaan,bestuursorgaanLabel,bestuursPeriodeStart,bestuursPeriodeEinde,bestuursorgaanClassificatie,bestuursorgaanClassificatieLabel,bestuurseenheidLabel,bestuurseenheidClassificatie,bestuurseenheidClassificatieLabel,werkingsgebied,werkingsgebiedLabel,fractie,fractieNaam,beleidsdomein,beleidsdomeinLabel';
const EXPORT = `${HEADER}\nhttp://data.lblod.info/id/mandatarissen/1,2024-12-01T23:00:00Z${','.repeat(27)}\n`;
const OLDER = `${HEADER}\n`;
const ROO_ORGS =
  '\uFEFF"Officiële naam";"Type";"TOOi URI";"Organisatiecode";"Totaal aantal zetels"\r\n"Gemeente A";"Gemeente";"https://identifier.overheid.nl/tooi/id/gemeente/gm0001";"gm0001";"9"\r\n';
const ROO_HOLDERS =
  '"Organisatie (onderdeel)";"Naam";"Functie";"Resource identifier v5.0 organisatie"\r\n"Gemeente A";"Mw. A. Aap";"Raadslid";"https://identifier.overheid.nl/tooi/id/gemeente/gm0001"\r\n';

let server: Server;
let origin = '';
let failuresLeft = 0;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    switch (req.url) {
      case '/':
        res.end(
          '<ul><li><a href="/files/mandaten-20240102120000000.csv">oud</a></li>' +
            '<li><a href="/files/mandaten-20251005093000123.csv">nieuw</a></li></ul>',
        );
        return;
      case '/files/mandaten-20251005093000123.csv':
        res.end(EXPORT);
        return;
      case '/files/mandaten-20240102120000000.csv':
        res.end(OLDER);
        return;
      case '/slow.csv':
        setTimeout(() => res.end(EXPORT), 2_000);
        return;
      case '/broken.csv':
        if (failuresLeft-- > 0) {
          res.statusCode = 503;
          res.end('even niet');
        } else res.end(EXPORT);
        return;
      case '/truncated.csv':
        res.writeHead(200, { 'Content-Length': String(EXPORT.length * 2) });
        res.write(EXPORT);
        setTimeout(() => res.destroy(), 50);
        return;
      case '/export/Gemeenten.csv':
        res.end(ROO_ORGS);
        return;
      case '/export-medewerkers/Gemeenten.csv':
        res.end(ROO_HOLDERS);
        return;
      case '/export/Provincies.csv':
        res.end(ROO_ORGS);
        return;
      case '/export-medewerkers/Provincies.csv':
        res.end('<html>onderhoud</html>');
        return;
      case '/not-an-export.csv':
        res.end('<html>onderhoud</html>');
        return;
      default:
        res.statusCode = 404;
        res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let dir = '';
let logs: string[] = [];
const policy = (): FetchPolicy => ({
  timeoutMs: 500,
  retries: 2,
  backoffMs: 10,
  log: (m) => logs.push(m),
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ophalen-'));
  logs = [];
  requests.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('data:fetch', () => {
  it('finds the newest export on the listing page and saves it with provenance', async () => {
    const target = (await fetchSources(
      { dataDir: dir, mandatenBaseUrl: `${origin}/`, mandatenListPath: '/' },
      policy(),
    ))!;
    expect(target).toBe(join(dir, 'mandaten', 'mandaten-20251005093000123.csv'));
    expect(readFileSync(target, 'utf8')).toBe(EXPORT);
    const sidecar = JSON.parse(readFileSync(`${target}.bron.json`, 'utf8')) as Record<
      string,
      string
    >;
    expect(sidecar.url).toBe(`${origin}/files/mandaten-20251005093000123.csv`);
    expect(sidecar.sha256).toBe(sha(EXPORT));
    expect(sidecar.peildatum).toBe('2025-10-05');
    expect(sidecar.opgehaald).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sidecar.licentie?.length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'mandaten')).sort()).toEqual([
      'mandaten-20251005093000123.csv',
      'mandaten-20251005093000123.csv.bron.json',
    ]);
    // A second run finds the same content and leaves the file alone.
    await fetchSources(
      { dataDir: dir, mandatenBaseUrl: `${origin}/`, mandatenListPath: '/' },
      policy(),
    );
    expect(logs.some((l) => l.startsWith('= ongewijzigd'))).toBe(true);
  });

  it('fetches the register pair of a type into roo/ with peildatum and checksums', async () => {
    const written = await fetchRegister(
      { dataDir: dir, baseUrl: origin, types: ['Gemeenten'] },
      policy(),
      '2026-04-15',
    );
    expect(written).toEqual([
      join(dir, 'roo', 'Gemeenten.csv'),
      join(dir, 'roo', 'medewerkers_Gemeenten.csv'),
    ]);
    expect(readFileSync(written[0]!, 'utf8')).toBe(ROO_ORGS);
    const sidecar = JSON.parse(readFileSync(`${written[1]!}.bron.json`, 'utf8')) as Record<
      string,
      string
    >;
    expect(sidecar).toMatchObject({
      url: `${origin}/export-medewerkers/Gemeenten.csv`,
      peildatum: '2026-04-15',
      opgehaald: '2026-04-15',
      sha256: sha(ROO_HOLDERS),
    });
  });

  it('replaces neither file of a register pair when one of them is not an export', async () => {
    mkdirSync(join(dir, 'roo'), { recursive: true });
    writeFileSync(join(dir, 'roo', 'Provincies.csv'), 'goed bestand');
    await expect(
      fetchRegister({ dataDir: dir, baseUrl: origin, types: ['Provincies'] }, policy()),
    ).rejects.toThrow("kolom 'Organisatie (onderdeel)' ontbreekt");
    expect(readFileSync(join(dir, 'roo', 'Provincies.csv'), 'utf8')).toBe('goed bestand');
    expect(readdirSync(join(dir, 'roo'))).toEqual(['Provincies.csv']);
  });

  it('saves Dutch boundaries for the register maps as referentie/grenzen-nl.topojson', async () => {
    await fetchSources(
      {
        dataDir: dir,
        mandatenBaseUrl: `${origin}/`,
        mandatenListPath: '/',
        skipMandaten: true,
        dutchBoundariesUrl: `${origin}/files/mandaten-20240102120000000.csv`,
      },
      policy(),
    );
    expect(readFileSync(join(dir, 'referentie', 'grenzen-nl.topojson'), 'utf8')).toBe(OLDER);
    expect(existsSync(join(dir, 'referentie', 'grenzen-nl.topojson.bron.json'))).toBe(true);
  });

  it('keeps fetching the other sources when one fails, and reports every failure', async () => {
    await expect(
      fetchSources(
        {
          dataDir: dir,
          mandatenBaseUrl: `${origin}/`,
          mandatenListPath: '/nergens/',
          register: { baseUrl: origin, types: ['Gemeenten'] },
        },
        policy(),
      ),
    ).rejects.toThrow('HTTP 404');
    expect(existsSync(join(dir, 'roo', 'Gemeenten.csv'))).toBe(true);
  });

  it('lists export links newest first, resolving relative ones', () => {
    const links = exportLinks(
      '<a href="files/mandaten-20200101000000.csv">a</a><a href="https://x.test/files/mandaten-20230101000000.csv">b</a>',
      'https://site.test/pagina/',
    );
    expect(links.map((l) => l.url)).toEqual([
      'https://x.test/files/mandaten-20230101000000.csv',
      'https://site.test/pagina/files/mandaten-20200101000000.csv',
    ]);
  });

  function withGoodFile(): string {
    const target = join(dir, 'mandaten', 'mandaten-1.csv');
    mkdirSync(join(dir, 'mandaten'), { recursive: true });
    writeFileSync(target, 'goed bestand');
    return target;
  }

  it('retries a failing server and succeeds when it recovers', async () => {
    failuresLeft = 2;
    const target = withGoodFile();
    expect(
      await downloadTo(`${origin}/broken.csv`, target, { titel: 't', licentie: 'l' }, policy()),
    ).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(EXPORT);
    expect(requests.filter((r) => r === '/broken.csv')).toHaveLength(3);
    expect(logs.filter((l) => l.includes('HTTP 503'))).toHaveLength(2);
  });

  for (const [label, path, message] of [
    ['a slow response (time-out)', '/slow.csv', 'time-out'],
    ['a truncated response', '/truncated.csv', 'mislukt na 3 pogingen'],
    ['a server that keeps failing', '/broken.csv', 'HTTP 503'],
  ] as const) {
    it(`keeps the good file on ${label}`, async () => {
      failuresLeft = 10;
      const target = withGoodFile();
      await expect(
        downloadTo(`${origin}${path}`, target, { titel: 't', licentie: 'l' }, policy()),
      ).rejects.toThrow(message);
      expect(readFileSync(target, 'utf8')).toBe('goed bestand');
      expect(existsSync(`${target}.bron.json`)).toBe(false);
      expect(readdirSync(join(dir, 'mandaten'))).toEqual(['mandaten-1.csv']);
    }, 20_000);
  }

  it('refuses a response that is not a mandaten export, and does not retry a 404', async () => {
    const target = withGoodFile();
    await expect(
      downloadTo(
        `${origin}/not-an-export.csv`,
        target,
        { titel: 't', licentie: 'l' },
        policy(),
        checkMandatenExport,
      ),
    ).rejects.toThrow("kolom 'mandataris' ontbreekt");
    await expect(
      downloadTo(`${origin}/missing.csv`, target, { titel: 't', licentie: 'l' }, policy()),
    ).rejects.toThrow('HTTP 404');
    expect(requests.filter((r) => r === '/missing.csv')).toHaveLength(1);
    expect(readFileSync(target, 'utf8')).toBe('goed bestand');
  });

  it('says the machine looks offline when the host cannot be reached', async () => {
    // A loopback port that was free a moment ago: nothing listens, the connection is refused.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const address = probe.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((r) => probe.close(() => r()));
    await expect(
      fetchSources(
        { dataDir: dir, mandatenBaseUrl: `http://127.0.0.1:${port}/`, mandatenListPath: '/' },
        { ...policy(), retries: 1 },
      ),
    ).rejects.toThrow(`geen verbinding met 127.0.0.1:${port} (ECONNREFUSED): bent u offline`);
  });
});
