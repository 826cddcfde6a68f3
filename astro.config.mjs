// Astro configuration. The build script (scripts/build.ts) sets SITE_OUT_DIR so that Astro
// writes into a temporary directory that only replaces dist/ when every step succeeded.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import trimHtml from './scripts/lib/trim-html.mjs';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://genderdiversiteit.example.org',
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  integrations: [mdx(), trimHtml()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
