// An Astro integration that builds the Pagefind index (Dutch, page bodies only) when Astro has
// written the pages: the framework's own hook, so `astro build` alone gives a searchable site.
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

export default function searchIndex() {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        // Every page is <route>/index.html; redirect pages have no data-pagefind-body.
        const added = await index.addDirectory({ path: siteDir, glob: '**/index.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
      },
    },
  };
}
