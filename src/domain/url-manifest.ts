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

/** One line of vervallen-urls.txt: a published URL that was retired on purpose, and why. */
export interface RetiredUrl {
  path: string;
  /** a key of vervallen-redenen.csv */
  reden: string;
}

/**
 * vervallen-urls.txt: `<path><TAB><reason key>` per line (# comments). Lines that are not of that
 * form come back as errors with their line number.
 */
export function parseRetired(text: string): {
  urls: RetiredUrl[];
  errors: { line: number; text: string }[];
} {
  const urls: RetiredUrl[] = [];
  const errors: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(\/[A-Za-z0-9._~%/-]*)\t([a-z0-9][a-z0-9-]{0,63})$/.exec(line);
    if (match) urls.push({ path: match[1]!, reden: match[2]! });
    else errors.push({ line: i + 1, text: line.slice(0, 120) });
  });
  return { urls, errors };
}
