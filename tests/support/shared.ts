// The reference files beside the project (../shared/reference) are there in CI. A test that needs
// one runs when it exists; with REQUIRE_SHARED=1 (set by .ci/run) a missing file fails the run
// instead of skipping the test without a word.
import { existsSync } from 'node:fs';

export function sharedAvailable(path: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.REQUIRE_SHARED === '1')
    throw new Error(
      `${path} ontbreekt: deze test heeft ../shared/reference nodig (REQUIRE_SHARED=1)`,
    );
  console.warn(`${path} ontbreekt: de test die het nodig heeft wordt OVERGESLAGEN`);
  return false;
}
