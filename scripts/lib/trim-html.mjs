// An Astro integration that removes whitespace at the end of lines in the built HTML. Astro's
// compressHTML keeps a newline where the template had one, and the space before it when an
// expression ended a line; the browser collapses both, so removing the spaces changes nothing a
// reader sees while keeping the HTML valid (html-validate: no-trailing-whitespace). Pages with
// pre or textarea, where whitespace matters, are left as they are.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TRAILING = /[ \t]+$/gm;

export default function trimHtml() {
  return {
    name: 'trim-html',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        for (const entry of entries) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, 'utf8');
          if (/<(pre|textarea)[\s>]/i.test(html)) continue;
          const trimmed = html.replace(TRAILING, '');
          if (trimmed !== html) await writeFile(file, trimmed);
        }
      },
    },
  };
}
