// Label normalisation and slugs: the one place that decides when two spellings are "the same".

/** Strips diacritics (é -> e, ë -> e) without touching other characters. */
export function foldDiacritics(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Lowercase, no diacritics, dashes/slashes/underscores as spaces, whitespace collapsed. */
export function normaliseLabel(value: string): string {
  return foldDiacritics(value)
    .toLowerCase()
    .replace(/[-/_\u2010-\u2015]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key for matching place names: case, diacritics, spaces, dashes and apostrophes ignored. */
export function placeNameKey(value: string): string {
  return foldDiacritics(value)
    .toLowerCase()
    .replace(/[\s\-_\u2010-\u2015'’.]+/g, '');
}

/** Lowercase ASCII slug with diacritics folded: "Sint-Niklaas" -> "sint-niklaas". */
export function slugify(value: string): string {
  return foldDiacritics(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Header names: case-insensitive, spaces/dashes/underscores equivalent ("Instelling ID"). */
export function normaliseHeader(value: string): string {
  return value
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-_]+/g, '_');
}

/** The URL when it is an absolute http(s) URL, else null: links from data never run scripts. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
