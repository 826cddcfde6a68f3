// Names files in messages relative to the data directory (or the project) they came from.
import { relative, sep } from 'node:path';

const roots: string[] = [];

/** Registers a directory whose files are named relative to it in messages and reports. */
export function registerRoot(dir: string): void {
  if (!roots.includes(dir)) roots.push(dir);
  roots.sort((a, b) => b.length - a.length);
}

export function relativeName(path: string): string {
  for (const root of roots) {
    const rel = relative(root, path);
    if (!rel.startsWith('..') && rel !== '') return rel.split(sep).join('/');
  }
  return relative(process.cwd(), path).split(sep).join('/');
}
