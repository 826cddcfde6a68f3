// Fills in scripts/nginx/site.conf for a built site, and wraps it in a minimal nginx.conf for a
// server that runs from a temporary directory (the e2e test; not for production).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseRetired } from '../../src/domain/url-manifest.ts';

export interface NginxSite {
  listen: string;
  root: string;
  /** the base path the site was built with: "/genderdiversiteit/" */
  base: string;
}

const TEMPLATE = resolve(import.meta.dirname, '..', 'nginx', 'site.conf');

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteConfig(site: NginxSite): string {
  const base = normaliseBase(site.base);
  if (base === '/')
    throw new Error('de nginx-configuratie is voor een subpad, bijvoorbeeld /genderdiversiteit/');
  return readFileSync(TEMPLATE, 'utf8')
    .replaceAll('{{LISTEN}}', site.listen)
    .replaceAll('{{ROOT}}', resolve(site.root))
    .replaceAll('{{BASE_NO_SLASH}}', base.slice(0, -1))
    .replaceAll('{{RETIRED}}', retiredLocations(site.root, base))
    .replaceAll('{{BASE}}', base);
}

/**
 * Every URL the site retired on purpose (vervallen-urls.txt in the built site, written by the
 * build from data/vervallen-urls.txt) answers 410 Gone with the page of its reason: one exact
 * location per URL, which nginx looks up before any prefix location.
 */
function retiredLocations(root: string, base: string): string {
  const file = join(resolve(root), 'vervallen-urls.txt');
  if (!existsSync(file)) return '';
  const { urls, errors } = parseRetired(readFileSync(file, 'utf8'));
  if (errors.length > 0)
    throw new Error(`${file}: ${errors.map((e) => `regel ${e.line}: ${e.text}`).join('; ')}`);
  return urls
    .map(
      (u) =>
        `    location = ${base}${u.path.slice(1)} { error_page 410 ${base}vervallen/${u.reden}/index.html; return 410; }`,
    )
    .join('\n');
}

export function standaloneConfig(site: NginxSite, workDir: string, runAsRoot: boolean): string {
  return `${runAsRoot ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${join(workDir, 'nginx.pid')};
error_log ${join(workDir, 'error.log')} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${join(workDir, 'body')};
    proxy_temp_path ${join(workDir, 'proxy')};
    fastcgi_temp_path ${join(workDir, 'fastcgi')};
    uwsgi_temp_path ${join(workDir, 'uwsgi')};
    scgi_temp_path ${join(workDir, 'scgi')};
${siteConfig(site)}
}
`;
}
