// The Chromium that tests and Lighthouse start: CHROMIUM_PATH when set, else the system's
// (Debian's package at /usr/bin/chromium), else the build distributed through npm
// (@sparticuz/chromium, unpacked on first use), so that `npm test` needs only Node and npm.
// Always headless, no sandbox, no network chatter of its own (see DEVELOPERS.md).
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let resolved: Promise<{ path: string; origin: string }> | null = null;

async function findChromium(): Promise<{ path: string; origin: string }> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured))
      throw new Error(`CHROMIUM_PATH=${configured} bestaat niet; zet het goed of haal het weg.`);
    return { path: configured, origin: 'CHROMIUM_PATH' };
  }
  // CHROMIUM_FROM_NPM=1 uses npm's build even where the system has one (to test that route).
  if (process.env.CHROMIUM_FROM_NPM !== '1' && existsSync(SYSTEM_CHROMIUM))
    return { path: SYSTEM_CHROMIUM, origin: 'systeem' };
  try {
    const { default: npmChromium } = await import('@sparticuz/chromium');
    return { path: await npmChromium.executablePath(), origin: '@sparticuz/chromium (npm)' };
  } catch (error) {
    throw new Error(
      `Geen Chromium gevonden: niet op ${SYSTEM_CHROMIUM}, geen CHROMIUM_PATH, en @sparticuz/chromium ` +
        `faalde (${(error as Error).message}). Draai npm install, of installeer Chromium ` +
        '(apt-get install -y chromium). De browsertests worden niet overgeslagen.',
      { cause: error },
    );
  }
}

/** Path of the Chromium to start, found once per process. */
export function chromiumPath(): Promise<string> {
  resolved ??= findChromium();
  return resolved.then((r) => r.path);
}

/** Where the Chromium came from, for test and bench logs. */
export async function chromiumOrigin(): Promise<string> {
  resolved ??= findChromium();
  const r = await resolved;
  return `${r.path} (${r.origin})`;
}
