// Builds the Pagefind index of a built site (Dutch, page bodies only).
import * as pagefind from 'pagefind';

export async function buildSearchIndex(siteDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Every page is <route>/index.html; the embed pages written beside them at the same time
  // (insluiten-*.html) have no data-pagefind-body and would only be read to be left out.
  const added = await index.addDirectory({ path: siteDir, glob: '**/index.html' });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}
