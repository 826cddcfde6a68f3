// Puts a finished site in place without a moment in which there is no site.
//
// OUT_DIR is a symbolic link to one version under `.<name>-versies/` beside it (same directory,
// so same filesystem: renames there are atomic). A new build is staged in that directory and the
// link is replaced with one rename(2), which either happens or does not: readers see the old site
// or the new one, never neither. The version before stays one build long (a manual way back),
// older ones are removed. An OUT_DIR that is still a plain directory (the first build after an
// upgrade, or one made by hand) is moved into the versions directory first; should the
// following rename fail, it is moved back.
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

let swaps = 0;

/** `<parent>/.<name>-versies`: where builds are staged and versions kept. */
export function versionsDir(outDir: string): string {
  const abs = resolve(outDir);
  return join(dirname(abs), `.${basename(abs)}-versies`);
}

/** A fresh, empty working directory for one build, on the same filesystem as OUT_DIR. */
export async function makeStagingDir(outDir: string): Promise<string> {
  const dir = join(versionsDir(outDir), `bouw-${process.pid}-${Date.now()}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

async function linkTarget(path: string): Promise<string | null> {
  const stat = await lstat(path).catch(() => null);
  if (!stat?.isSymbolicLink()) return null;
  return resolve(dirname(path), await readlink(path));
}

/**
 * Moves `site` (a directory inside the versions directory) into place as OUT_DIR. Returns the
 * directory the new OUT_DIR link points at.
 */
export async function swapIntoPlace(site: string, outDir: string): Promise<string> {
  const out = resolve(outDir);
  const versions = versionsDir(out);
  swaps += 1;
  const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${swaps}`;
  const release = join(versions, `site-${stamp}`);
  await rename(site, release);
  const previous = await linkTarget(out);

  const tempLink = join(versions, `link-${stamp}`);
  // Relative, so that the pair can be moved or mounted elsewhere together.
  await symlink(join(basename(versions), basename(release)), tempLink, 'dir');
  const stat = await lstat(out).catch(() => null);
  let movedAside: string | null = null;
  try {
    if (stat && !stat.isSymbolicLink()) {
      movedAside = join(versions, `site-vorige-${stamp}`);
      await rename(out, movedAside);
    }
    await rename(tempLink, out);
  } catch (error) {
    await rm(tempLink, { force: true });
    if (movedAside && !existsSync(out)) await rename(movedAside, out);
    await rm(release, { recursive: true, force: true });
    throw error;
  }
  await pruneVersions(versions, [release, previous ?? movedAside].filter(Boolean) as string[]);
  return release;
}

/** Removes versions and stale working directories other than those to keep. */
async function pruneVersions(versions: string, keep: string[]): Promise<void> {
  const kept = new Set(keep.map((k) => resolve(k)));
  for (const entry of await readdir(versions)) {
    const path = join(versions, entry);
    if (kept.has(path)) continue;
    // A working directory of a build that is still running (another process) stays.
    const pid = /^bouw-(\d+)-/.exec(entry)?.[1];
    if (pid && isRunning(Number(pid))) continue;
    await rm(path, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
