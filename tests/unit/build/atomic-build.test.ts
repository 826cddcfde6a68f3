// A failing build leaves the previous site byte-for-byte intact and exits non-zero.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else
        out[`${prefix}${e.name}`] = createHash('sha256')
          .update(readFileSync(join(d, e.name)))
          .digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

describe('atomic build', () => {
  it('keeps the previous dist/ when the data is bad, and names file, line and column', () => {
    const work = mkdtempSync(join(tmpdir(), 'atomic-'));
    try {
      const dist = join(work, 'dist');
      mkdirSync(join(dist, 'downloads'), { recursive: true });
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>vorige editie</title>');
      writeFileSync(join(dist, 'downloads', 'gremia.csv'), 'jaar\n2020\n');
      const before = snapshot(dist);
      const data = join(work, 'data');
      mkdirSync(join(data, 'gremia'), { recursive: true });
      writeFileSync(
        join(data, 'gremia', '2023.csv'),
        'jaar,sector,instelling_id,instelling,gremium_type,vrouwen,mannen\n2023,Rijk,R-1,Een,RvB,-3,2\n',
      );
      const result = spawnSync(
        join(projectDir, 'node_modules', '.bin', 'tsx'),
        ['scripts/build.ts'],
        {
          cwd: projectDir,
          env: { ...process.env, DATA_DIR: data, OUT_DIR: dist },
          encoding: 'utf8',
        },
      );
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(
        `gremia/2023.csv:2 kolom 'vrouwen': "-3" is geen geheel getal >= 0`,
      );
      expect(snapshot(dist)).toEqual(before);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('refuses a data directory with neither gremia nor mandaten, saying what is expected', () => {
    const work = mkdtempSync(join(tmpdir(), 'atomic-'));
    try {
      const result = spawnSync(
        join(projectDir, 'node_modules', '.bin', 'tsx'),
        ['scripts/build.ts'],
        {
          cwd: projectDir,
          env: { ...process.env, DATA_DIR: work, OUT_DIR: join(work, 'dist') },
          encoding: 'utf8',
        },
      );
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('gremia/');
      expect(result.stderr).toContain('mandaten/');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('fails, keeping the previous dist/, when a URL of the manifest is no longer published', () => {
    const work = mkdtempSync(join(tmpdir(), 'atomic-'));
    try {
      const dist = join(work, 'dist');
      mkdirSync(dist, { recursive: true });
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>vorige editie</title>');
      const before = snapshot(dist);
      const data = join(work, 'data');
      mkdirSync(join(data, 'gremia'), { recursive: true });
      writeFileSync(
        join(data, 'gremia', '2023.csv'),
        'jaar,sector,instelling_id,instelling,gremium_type,vrouwen,mannen\n2023,Rijk,R-1,Een,RvB,3,2\n',
      );
      // The previous edition published R-2's page; this edition's data lost it.
      writeFileSync(
        join(data, 'gepubliceerde-urls.txt'),
        '# vorige editie\n/instellingen/r-1/\n/instellingen/r-2/\n',
      );
      const result = spawnSync(
        join(projectDir, 'node_modules', '.bin', 'tsx'),
        ['scripts/build.ts'],
        {
          cwd: projectDir,
          env: { ...process.env, DATA_DIR: data, OUT_DIR: dist },
          encoding: 'utf8',
        },
      );
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('1 eerder gepubliceerde');
      expect(result.stderr).toContain('/instellingen/r-2/');
      expect(result.stderr).not.toContain('/instellingen/r-1/\n');
      expect(snapshot(dist)).toEqual(before);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);
});
