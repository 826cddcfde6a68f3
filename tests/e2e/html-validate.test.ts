// Valid HTML: html-validate's recommended rules on pages of every template (up to 25 per
// template directory, so large editions stay fast), redirect pages and the 404 page included.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';

const distDir = inject('distDir');
const SKIP = new Set(['_astro', 'pagefind', 'downloads', 'beelden']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

function sample(): string[] {
  const perTemplate = new Map<string, string[]>();
  for (const file of htmlFiles(distDir)) {
    const parts = relative(distDir, file).split(sep);
    const key = parts.length > 2 ? `${parts[0]}/*` : parts.join('/');
    perTemplate.set(key, [...(perTemplate.get(key) ?? []), file]);
  }
  return [...perTemplate.values()].flatMap((files) => files.sort().slice(0, 25));
}

describe('html-validate', () => {
  it('finds no errors on the sampled pages', async () => {
    // Astro's compressHTML keeps the space before a newline where an expression ended a line;
    // browsers collapse it, so the rule about trailing whitespace is off (no pass over the pages).
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'no-trailing-whitespace': 'off' },
    });
    const files = sample();
    expect(files.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) {
          problems.push(
            `${relative(distDir, file)}: ${m.ruleId}: ${m.message} (${m.selector ?? ''})`,
          );
        }
      }
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });
});
