// No broken internal links: every href="/..." in every built page points at a file in dist/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const distDir = inject('distDir');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory())
      return e.name === 'pagefind' || e.name === 'downloads' ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

function resolves(path: string): boolean {
  const target = join(distDir, decodeURIComponent(path));
  if (!existsSync(target)) return false;
  return statSync(target).isDirectory() ? existsSync(join(target, 'index.html')) : true;
}

describe('internal links', () => {
  it('all resolve to a file of the built site', () => {
    const broken = new Set<string>();
    let checked = 0;
    for (const file of htmlFiles(distDir)) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
        const path = match[1]!;
        checked += 1;
        if (!resolves(path)) broken.add(`${file.slice(distDir.length)} -> ${path}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...broken].slice(0, 20)).toEqual([]);
  });
});
