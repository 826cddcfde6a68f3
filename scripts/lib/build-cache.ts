// What the build caches share: the files of a folder, hashing them into a key, and putting a
// cached file in place by hard link (no bytes copied) or, across filesystems, by copy.
import type { Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
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
 * Links (or copies) the files named relative to `from` to the same places under `to`, 64 at a
 * time, folders made first. `done` hears of each file once it is in place.
 */
export async function linkFiles(
  from: string,
  to: string,
  files: readonly string[],
  done: (file: string) => void = () => undefined,
): Promise<void> {
  const folders = new Set(files.map((f) => dirname(join(to, f))));
  await Promise.all([...folders].map((f) => mkdir(f, { recursive: true })));
  for (let i = 0; i < files.length; i += 64)
    await Promise.all(
      files.slice(i, i + 64).map(async (f) => {
        await linkOrCopy(join(from, f), join(to, f));
        done(f);
      }),
    );
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

/** Removes all but the `keep` most recently used entries (klaar.json's time) of a cache. */
export async function pruneCache(cacheDir: string, keep: number): Promise<void> {
  const entries = await Promise.all(
    (await readdir(cacheDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map(async (e) => ({
        path: join(cacheDir, e.name),
        used: (await stat(join(cacheDir, e.name, 'klaar.json')).catch(() => null))?.mtimeMs ?? 0,
      })),
  );
  entries.sort((a, b) => b.used - a.used);
  for (const old of entries.slice(keep)) await rm(old.path, { recursive: true, force: true });
}
