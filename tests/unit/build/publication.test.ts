// A publication build (PUBLICEREN=1) refuses a placeholder or local origin or contact with one
// clear line and leaves the previous site as it was; a real https origin with a real contact passes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicationProblem } from '../../../scripts/lib/site-origin.ts';

const projectDir = resolve(import.meta.dirname, '..', '..', '..');

describe('publication build', () => {
  it.each([
    ['https://genderdiversiteit.example.org', 'mailto:fouten@echt.nl', 'voorbeeldadres'],
    ['http://127.0.0.1:4321', 'mailto:fouten@echt.nl', 'lokaal adres'],
    ['http://www.genderdiversiteit.nl', 'mailto:fouten@echt.nl', 'geen https'],
    ['https://www.genderdiversiteit.nl', undefined, 'zonder contactadres'],
    ['https://www.genderdiversiteit.nl', 'fouten@voorbeeldsite.example', 'voorbeeldadres'],
    ['https://www.genderdiversiteit.nl', 'https://localhost/contact', 'lokaal adres'],
  ])('refuses origin %s with contact %s', (origin, contact, reason) => {
    expect(publicationProblem(origin, contact)).toContain(reason);
  });

  it('accepts a real https origin with a real contact', () => {
    expect(
      publicationProblem('https://www.genderdiversiteit.nl', 'mailto:redactie@bzk.nl'),
    ).toBeNull();
  });

  it('stops the build with one line before anything is written, keeping the previous site', () => {
    const work = mkdtempSync(join(tmpdir(), 'publiceren-'));
    try {
      const dist = join(work, 'dist');
      mkdirSync(dist);
      writeFileSync(join(dist, 'index.html'), 'vorige site');
      const data = join(work, 'data');
      mkdirSync(join(data, 'gremia'), { recursive: true });
      writeFileSync(
        join(data, 'gremia', '2023.csv'),
        'jaar,sector,instelling_id,instelling,gremium_type,vrouwen,mannen\n2023,Rijk,R-1,Een,RvB,2,3\n',
      );
      const result = spawnSync(
        join(projectDir, 'node_modules', '.bin', 'tsx'),
        ['scripts/build.ts'],
        {
          cwd: projectDir,
          env: {
            ...process.env,
            DATA_DIR: data,
            OUT_DIR: dist,
            PUBLICEREN: '1',
            SITE_URL: 'https://genderdiversiteit.example.org',
            CONTACT: 'mailto:fouten@echt.nl',
          },
          encoding: 'utf8',
        },
      );
      expect(result.status).not.toBe(0);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('genderdiversiteit.example.org');
      expect(lines[0]).toContain('voorbeeldadres');
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('vorige site');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
