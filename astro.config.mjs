// Astro configuration. The build script (scripts/lib/build-site.ts) sets SITE_OUT_DIR so that
// Astro writes into a temporary directory that only replaces dist/ when every step succeeded,
// SITE_URL to the origin the site is served at (bron.json, the environment, or the preview
// server's) and SITE_DATA to the pipeline's tables.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './scripts/lib/search-index.mjs';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  integrations: [mdx(), searchIndex()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
