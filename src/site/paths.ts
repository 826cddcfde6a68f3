// Site-internal links honour the base path (the site may be hosted under a sub-path).

export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A page's path inside the site ("/gemeenten/gent/"), whatever base path it is hosted under. */
export function sitePath(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const rest = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The absolute, permanent URL of a site path (for feeds, citations and metadata). */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}
