// Loads the site data the pipeline wrote (SITE_DATA) once per Astro build.
import { readFileSync } from 'node:fs';
import type { SiteData } from '../domain/site-data.ts';

let cached: SiteData | null = null;

export function loadSiteData(): SiteData {
  if (cached) return cached;
  const path = process.env.SITE_DATA;
  if (!path)
    throw new Error('SITE_DATA is niet gezet: bouw de site met `npm run build` (pipeline eerst).');
  cached = JSON.parse(readFileSync(path, 'utf8')) as SiteData;
  return cached;
}
