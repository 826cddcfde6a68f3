// The list of every URL the site ever published (<DATA_DIR>/gepubliceerde-urls.txt): one path
// per line, followed by a tab and the entity the page shows ("instelling:GM0363") for entity
// pages. Later builds must have every path, showing the same entity; a new entity never takes a
// published slug. Pure: text in, entries out.

export interface ManifestEntry {
  path: string;
  /** "instelling:<id>", "sector:<slug>", "gemeente:<nis>", "provincie:<slug>" */
  entity: string | null;
}

export function parseManifest(text: string): ManifestEntry[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [path, entity] = line.split('\t');
      return { path: path!.trim(), entity: entity?.trim() || null };
    });
}

export function formatManifest(entries: readonly ManifestEntry[]): string {
  return entries.map((e) => (e.entity ? `${e.path}\t${e.entity}` : e.path)).join('\n');
}

/** Paths of the manifest that the new build does not have. */
export function missingPaths(
  manifest: readonly ManifestEntry[],
  present: readonly string[],
): string[] {
  const have = new Set(present);
  return manifest.filter((e) => !have.has(e.path)).map((e) => e.path);
}

/** Slugs of institution pages as published: slug -> the institution id that holds it. */
export function publishedInstitutionSlugs(entries: readonly ManifestEntry[]): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const e of entries) {
    const match = /^\/instellingen\/([a-z0-9-]+)\/$/.exec(e.path);
    if (match && e.entity?.startsWith('instelling:'))
      slugs.set(match[1]!, e.entity.slice('instelling:'.length));
  }
  return slugs;
}
