// What the build caches share: the files of a folder, hashing them into a key, and putting a
// cached file in place by hard link (no bytes copied) or, across filesystems, by copy.
import { randomBytes, type Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  copyFile,
  link,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

export async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files: string[] = [];
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    // Symlinked extracts count, as they do for the pipeline (stat follows the link).
    if (e.isFile() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()))
      files.push(path);
  }
  return files.sort();
}

/** Adds the files (their path inside `root` and their bytes) to the hash, in the given order. */
export async function hashFiles(hash: Hash, label: string, root: string, files: string[]) {
  hash.update(`${label}\0${files.length}\0`);
  // Read 16 at a time, hashed in order.
  for (let i = 0; i < files.length; i += 16) {
    const batch = files.slice(i, i + 16);
    const contents = await Promise.all(batch.map((f) => readFile(f)));
    batch.forEach((file, j) => {
      hash.update(`${relative(root, file).split(sep).join('/')}\0${contents[j]!.length}\0`);
      hash.update(contents[j]!);
    });
  }
}

/** Adds every file under `dir` to the hash. */
export async function hashTree(hash: Hash, label: string, dir: string): Promise<void> {
  await hashFiles(hash, label, dir, await filesUnder(dir));
}

/** A hard link, or a copy where links cannot go (another filesystem). */
export async function linkOrCopy(file: string, target: string): Promise<void> {
  await link(file, target).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
    await copyFile(file, target);
  });
}

/**
 * Puts the files named relative to `from` at the same places under `to` with `place`, 64 at a
 * time, folders made first. `done` hears of each file once it is in place.
 */
async function placeFiles(
  from: string,
  to: string,
  files: readonly string[],
  place: (file: string, target: string) => Promise<void>,
  done: (file: string) => void = () => undefined,
): Promise<void> {
  const folders = new Set(files.map((f) => dirname(join(to, f))));
  await Promise.all([...folders].map((f) => mkdir(f, { recursive: true })));
  for (let i = 0; i < files.length; i += 64)
    await Promise.all(
      files.slice(i, i + 64).map(async (f) => {
        await place(join(from, f), join(to, f));
        done(f);
      }),
    );
}

/** Links (or copies) the files named relative to `from` to the same places under `to`. */
export function linkFiles(
  from: string,
  to: string,
  files: readonly string[],
  done: (file: string) => void = () => undefined,
): Promise<void> {
  return placeFiles(from, to, files, linkOrCopy, done);
}

/** Links (or copies) `from` to `to`: one file, or every file of a directory. */
export async function linkTree(from: string, to: string): Promise<void> {
  if ((await stat(from)).isFile()) return linkOrCopy(from, to);
  await linkFiles(
    from,
    to,
    (await filesUnder(from)).map((f) => relative(from, f)),
  );
}

/**
 * Copies every file of a directory to the same places under `to`. For files the build does not
 * own (the data directory): a hard link would let an edit in place change a built site too.
 * Several at a time, it is two to three times as fast as fs.cp.
 */
export async function copyTree(from: string, to: string): Promise<void> {
  const files = (await filesUnder(from)).map((f) => relative(from, f));
  await placeFiles(from, to, files, copyFile);
}

/** Suffix of an entry still being filled; pruning leaves these to their builds. */
const FILLING = '.tmp';
/** A filling entry older than this belongs to a build that died: pruning may remove it. */
const FILLING_ABANDONED_MS = 60 * 60 * 1000;

/**
 * Fills a cache entry in a staging folder of its own (two builds at once, in one process or two,
 * never share one) and renames it into place with its `klaar.json` last: a reader sees a whole
 * entry or none. Then prunes the cache to `keep` entries.
 */
export async function storeEntry(
  cacheDir: string,
  key: string,
  keep: number,
  fill: (staging: string) => Promise<void>,
  done: object,
): Promise<void> {
  const entry = join(cacheDir, key);
  const staging = `${entry}.${process.pid}-${randomBytes(4).toString('hex')}${FILLING}`;
  await mkdir(staging, { recursive: true });
  try {
    await fill(staging);
    await writeFile(join(staging, 'klaar.json'), JSON.stringify({ ...done, gebruikt: new Date() }));
    await rm(entry, { recursive: true, force: true });
    await rename(staging, entry).catch((error: NodeJS.ErrnoException) => {
      // Another build stored this key between the two steps: same key, same content; theirs stays.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await pruneCache(cacheDir, keep);
}

/**
 * The files a stored entry lists (relative to its `bestanden/`), or null when the entry is not
 * whole: no `klaar.json` (never finished), or a listed file gone (removed by hand, a full disk).
 */
export async function entryFiles(entry: string): Promise<string[] | null> {
  if (!existsSync(join(entry, 'klaar.json'))) return null;
  const { files } = JSON.parse(await readFile(join(entry, 'klaar.json'), 'utf8')) as {
    files: string[];
  };
  return files.every((f) => existsSync(join(entry, 'bestanden', f))) ? files : null;
}

/**
 * Marks an entry as just used, for pruning: its klaar.json's time, changed without rewriting a
 * file another build may be reading.
 */
export async function markUsed(entry: string): Promise<void> {
  const now = new Date();
  await utimes(join(entry, 'klaar.json'), now, now);
}

/**
 * Removes all but the `keep` most recently used entries (klaar.json's time) of a cache. Entries
 * another build is still filling stay, unless that build evidently died an hour ago.
 */
export async function pruneCache(cacheDir: string, keep: number): Promise<void> {
  const now = Date.now();
  const folders = (await readdir(cacheDir, { withFileTypes: true })).filter((e) => e.isDirectory());
  for (const e of folders.filter((f) => f.name.endsWith(FILLING))) {
    const path = join(cacheDir, e.name);
    const changed = (await stat(path).catch(() => null))?.mtimeMs ?? now;
    if (now - changed > FILLING_ABANDONED_MS) await rm(path, { recursive: true, force: true });
  }
  const entries = await Promise.all(
    folders
      .filter((e) => !e.name.endsWith(FILLING))
      .map(async (e) => ({
        path: join(cacheDir, e.name),
        used: (await stat(join(cacheDir, e.name, 'klaar.json')).catch(() => null))?.mtimeMs ?? 0,
      })),
  );
  entries.sort((a, b) => b.used - a.used);
  for (const old of entries.slice(keep)) await rm(old.path, { recursive: true, force: true });
}
