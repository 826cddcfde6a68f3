// Builds the site on the bundled data once and serves it on 127.0.0.1 for every e2e test.
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { chromiumOrigin } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

let server: StaticServer | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fails early, saying what to install, when no Chromium can be found at all.
  console.log(`Chromium: ${await chromiumOrigin()}`);
  const projectDir = resolve(import.meta.dirname, '..', '..');
  const distDir = resolve(projectDir, 'dist');
  if (process.env.E2E_SKIP_BUILD !== '1') {
    await buildSite({ projectDir, dataDir: resolve(projectDir, 'data'), outDir: distDir });
  }
  server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server?.close();
  };
}
