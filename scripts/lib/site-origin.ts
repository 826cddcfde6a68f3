// Where the site will be served, and how to reach its publisher: from the environment
// (SITE_URL, CONTACT) or bron.json (site_url, contact). A build without an origin targets the one
// `npm run preview` serves, so every absolute link works locally; a publication build
// (PUBLICEREN=1) refuses a placeholder or local origin or contact with one clear line.

/** The origin `npm run preview` serves (scripts/serve.ts), and the demo site's. */
export const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';
export const DEMO_PREVIEW_ORIGIN = 'http://127.0.0.1:4322';

export class PublicationError extends Error {}

/** example.org/.com/.net and their subdomains, .invalid, .test and .example: never a real host. */
const PLACEHOLDER = /(^|\.)(example\.(org|com|net)|[^.]+\.(invalid|test|example|localhost))$/i;
const LOCAL = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

function placeholderHost(host: string): string | null {
  if (LOCAL.test(host)) return 'een lokaal adres';
  if (PLACEHOLDER.test(host) || /^example\.(org|com|net)$/i.test(host)) return 'een voorbeeldadres';
  return null;
}

/** Why this origin and contact cannot be published, or null when they can. */
export function publicationProblem(origin: string, contact: string | undefined): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `SITE_URL ${JSON.stringify(origin)} is geen adres`;
  }
  const originIssue = placeholderHost(url.hostname);
  if (originIssue || url.protocol !== 'https:')
    return `publiceren met ${origin} als adres van de site kan niet (${originIssue ?? 'geen https'}): zet SITE_URL of "site_url" in bron.json op het echte adres`;
  if (!contact)
    return 'publiceren zonder contactadres kan niet: zet CONTACT of "contact" in bron.json (mailto:… of https://…), zodat lezers een fout kunnen melden';
  const email = /^(?:mailto:)?[^@\s]+@([^@\s?]+)/i.exec(contact.trim());
  const host = email ? email[1]! : URL.canParse(contact) ? new URL(contact).hostname : '';
  const contactIssue = placeholderHost(host);
  if (contactIssue)
    return `publiceren met contactadres ${contact} kan niet (${contactIssue}): zet het echte adres in CONTACT of in "contact" in bron.json`;
  return null;
}
