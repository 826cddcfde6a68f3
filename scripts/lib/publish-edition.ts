// Publishing an edition: the built site's /edities/<datum>/ (this build's downloads that are
// not voorbeelddata, with datapackage.json, SHA256SUMS and editie.json) is copied into
// <DATA_DIR>/edities/<datum>/, where every later build serves it unchanged, together with the
// register exports it was built from (bronnen/roo/, unmodified, with their sidecars): later
// editions read those again as a point of the series, after roo/ has moved on to a newer export.
// Then the URL manifest learns every URL of the built site, archived ones included.
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EditionSchema } from '../../src/domain/records.ts';
import { EditionMetaSchema, verifyArchive, type EditionMeta } from '../../src/pipeline/editions.ts';
import { DataError, Problems } from '../../src/pipeline/problems.ts';
import { registerRoot } from '../../src/pipeline/paths.ts';
import { updateManifest } from './published-urls.ts';

export class PublishError extends Error {}

export interface PublishResult {
  datum: string;
  /** 'gepubliceerd': archived now; 'ongewijzigd': the same edition was archived before */
  status: 'gepubliceerd' | 'ongewijzigd';
  bestanden: number;
  urls: number;
}

/**
 * The edition's own register exports (roo/ of the data directory) beside its downloads, each
 * checked against the sha256 its editie.json lists.
 */
async function archiveSources(dataDir: string, target: string, meta: EditionMeta): Promise<void> {
  for (const source of meta.bronnen.filter((b) => /^roo\/[^/]+$/.test(b.bestand))) {
    const from = join(dataDir, source.bestand);
    if (!existsSync(from))
      throw new PublishError(
        `${from} ontbreekt: de editie noemt het als bron en bewaart het onder bronnen/`,
      );
    const bytes = await readFile(from);
    if (source.sha256 && createHash('sha256').update(bytes).digest('hex') !== source.sha256)
      throw new PublishError(`${from} is niet meer het bestand waarmee de editie is gebouwd`);
    const to = join(target, 'bronnen', source.bestand);
    await mkdir(dirname(to), { recursive: true });
    await writeFile(to, bytes);
    if (existsSync(`${from}.bron.json`)) await copyFile(`${from}.bron.json`, `${to}.bron.json`);
  }
}

export async function publishEdition(options: {
  dataDir: string;
  siteDir: string;
  today?: string;
}): Promise<PublishResult> {
  const { dataDir, siteDir } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const bron = join(dataDir, 'bron.json');
  const edition = existsSync(bron)
    ? EditionSchema.safeParse(JSON.parse(await readFile(bron, 'utf8')))
    : null;
  const datum = edition?.success ? edition.data.publicatiedatum : undefined;
  if (!datum)
    throw new PublishError(
      `${bron}: geen publicatiedatum; een editie heeft een datum (bron.json, "publicatiedatum": "jjjj-mm-dd")`,
    );
  const source = join(siteDir, 'edities', datum);
  const target = join(dataDir, 'edities', datum);
  if (existsSync(target) && !existsSync(join(source, 'downloads', 'SHA256SUMS')))
    throw new PublishError(
      `editie ${datum} is al gearchiveerd in ${target}, en een gepubliceerde editie verandert niet. Nieuwe of verbeterde cijfers publiceert u als nieuwe editie: een latere publicatiedatum in bron.json, met de correctie in wijzigingen.json.`,
    );
  registerRoot(siteDir);
  const problems = new Problems();
  const built = existsSync(source) ? await verifyArchive(source, datum, problems) : null;
  if (!built)
    throw new PublishError(
      problems.errors.length > 0
        ? problems.summary()
        : `${source} ontbreekt: bouw eerst de site met deze gegevens (DATA_DIR=${dataDir} npm run build)`,
    );
  let status: PublishResult['status'] = 'gepubliceerd';
  if (existsSync(target)) {
    const [before, after] = await Promise.all(
      [target, source].map((d) => readFile(join(d, 'downloads', 'SHA256SUMS'), 'utf8')),
    );
    if (before !== after)
      throw new PublishError(
        `${target} bestaat al en verschilt van deze build: een gepubliceerde editie verandert niet. Publiceer de nieuwe cijfers als nieuwe editie (een latere publicatiedatum in bron.json) en vermeld de correctie in wijzigingen.json.`,
      );
    status = 'ongewijzigd';
  } else {
    const temporary = `${target}.${process.pid}.deel`;
    try {
      await cp(join(source, 'downloads'), join(temporary, 'downloads'), { recursive: true });
      const meta = EditionMetaSchema.parse(
        JSON.parse(await readFile(join(source, 'editie.json'), 'utf8')),
      );
      await writeFile(
        join(temporary, 'editie.json'),
        `${JSON.stringify({ ...meta, gearchiveerd_op: today }, null, 2)}\n`,
      );
      await archiveSources(dataDir, temporary, meta);
      // Checked again where it will live, before it takes its place.
      const check = new Problems();
      registerRoot(dataDir);
      if (!(await verifyArchive(temporary, datum, check))) throw new DataError(check);
      await rename(temporary, target);
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  }
  const urls = await updateManifest(dataDir, siteDir);
  return { datum, status, bestanden: built.bestanden.length, urls };
}
