// Builds the public site (the bundled data) and the demo site (generated data) once, and serves
// each at the origin its build targets: the public site at the preview origin that `npm run
// preview` serves, so that every absolute link it writes (citations, embeds, og:image, sitemap)
// works here, and the demo site at its own. With E2E_SKIP_BUILD=1 the builds of the README's
// commands are used as they are (CI builds both first).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { writeDemoData } from '../../scripts/demo/write-demo.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { chromiumOrigin } from '../../scripts/lib/chromium.ts';
import { DEMO_PREVIEW_ORIGIN, PREVIEW_ORIGIN } from '../../scripts/lib/site-origin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the public site (real figures only) */
    baseUrl: string;
    distDir: string;
    /** the demo site (generated, fictional data) */
    demoUrl: string;
    demoDir: string;
  }
}

const servers: StaticServer[] = [];

async function serveAt(dir: string, origin: string): Promise<StaticServer> {
  const port = Number(new URL(origin).port);
  try {
    return await serveStatic(dir, port);
  } catch (error) {
    throw new Error(
      `Poort ${port} is bezet (${(error as Error).message}): de tests serveren de site op ${origin}, het adres waarvoor ze gebouwd is. Stop \`npm run preview\` of wat er op die poort draait.`,
      { cause: error },
    );
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fails early, saying what to install, when no Chromium can be found at all.
  console.log(`Chromium: ${await chromiumOrigin()}`);
  const projectDir = resolve(import.meta.dirname, '..', '..');
  const distDir = resolve(projectDir, 'dist');
  const demoDir = resolve(projectDir, 'dist-voorbeeld');
  const skip = process.env.E2E_SKIP_BUILD === '1';
  const builds: Promise<unknown>[] = [];
  if (!skip || !existsSync(join(distDir, 'index.html')))
    builds.push(buildSite({ projectDir, dataDir: resolve(projectDir, 'data'), outDir: distDir }));
  if (!skip || !existsSync(join(demoDir, 'index.html'))) {
    const demoData = join(projectDir, '.build', 'voorbeeld', 'data');
    builds.push(
      writeDemoData({ projectDir, outDir: demoData, log: () => undefined }).then(() =>
        buildSite({
          projectDir,
          dataDir: demoData,
          outDir: demoDir,
          defaultOrigin: DEMO_PREVIEW_ORIGIN,
          publication: false,
        }),
      ),
    );
  }
  await Promise.all(builds);
  servers.push(await serveAt(distDir, PREVIEW_ORIGIN), await serveAt(demoDir, DEMO_PREVIEW_ORIGIN));
  project.provide('baseUrl', servers[0]!.url);
  project.provide('distDir', distDir);
  project.provide('demoUrl', servers[1]!.url);
  project.provide('demoDir', demoDir);
  return async () => {
    for (const s of servers) await s.close();
  };
}
