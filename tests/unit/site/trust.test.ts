// Editions and corrections, feeds, the URL manifest, JSON-LD escaping and social-card text.
import { describe, expect, it } from 'vitest';
import { coversPath, correctionsFor, editionHistory } from '../../../src/domain/editions.ts';
import { ChangelogSchema } from '../../../src/domain/records.ts';
import { atomFeed, historyEntries } from '../../../src/site/feeds.ts';
import { jsonLdScript, licenseUrl } from '../../../src/site/json-ld.ts';
import { wrapText } from '../../../src/charts/social-card.ts';
import {
  formatManifest,
  missingPaths,
  parseManifest,
  publishedInstitutionSlugs,
} from '../../../src/domain/url-manifest.ts';

const changelog = ChangelogSchema.parse({
  edities: [
    { datum: '2025-01-10', titel: 'Eerste' },
    { datum: '2027-01-01', titel: 'Toekomst' },
  ],
  correcties: [
    {
      datum: '2025-02-01',
      paginas: ['/gemeenten/gent/'],
      toelichting: 'Naam <b>hersteld</b> & zo',
    },
    { datum: '2025-03-01', paginas: ['/sectoren/*'], toelichting: 'Sectoren' },
  ],
});

describe('editions and corrections', () => {
  it('adds the current edition, drops later ones and sorts newest first', () => {
    const h = editionHistory(changelog, { datum: '2026-03-01', titel: 'Nu' });
    expect(h.edities.map((e) => [e.datum, e.huidig])).toEqual([
      ['2026-03-01', true],
      ['2025-01-10', false],
    ]);
    expect(h.correcties.map((c) => c.datum)).toEqual(['2025-03-01', '2025-02-01']);
  });

  it('matches pages exactly or by subtree', () => {
    expect(coversPath('/gemeenten/gent/', '/gemeenten/gent/')).toBe(true);
    expect(coversPath('/gemeenten/gent/', '/gemeenten/gentbrugge/')).toBe(false);
    expect(coversPath('/sectoren/*', '/sectoren/zorg/')).toBe(true);
    expect(correctionsFor('/sectoren/zorg/', changelog.correcties)).toHaveLength(1);
    expect(correctionsFor('/gemeenten/aalst/', changelog.correcties)).toHaveLength(0);
  });

  it('rejects page entries that are not site paths', () => {
    const bad = ChangelogSchema.safeParse({
      correcties: [{ datum: '2025-01-01', paginas: ['javascript:alert(1)'], toelichting: 'x' }],
    });
    expect(bad.success).toBe(false);
  });
});

describe('feeds', () => {
  const history = editionHistory(changelog, { datum: '2026-03-01', titel: 'Nu' });
  const url = (p: string) => `https://example.org${p}`;

  it('escapes text and lists only the corrections of a scope', () => {
    const entries = historyEntries(history, url, {
      paths: ['/gemeenten/gent/'],
      currentSummary: 'Gent: 40%',
    });
    expect(entries.filter((e) => e.title.startsWith('Correctie'))).toHaveLength(1);
    expect(entries.find((e) => e.title.startsWith('Correctie'))!.link).toBe(
      'https://example.org/gemeenten/gent/',
    );
    const xml = atomFeed({
      id: url('/f.xml'),
      title: 'T & <t>',
      self: url('/f.xml'),
      alternate: url('/'),
      author: 'A',
      demo: true,
      entries,
    });
    expect(xml).toContain('<title>T &amp; &lt;t&gt; (voorbeelddata)</title>');
    expect(xml).toContain('Naam &lt;b&gt;hersteld&lt;/b&gt; &amp; zo');
    expect(xml).not.toContain('<b>');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain('<updated>2026-03-01T00:00:00Z</updated>');
  });
});

describe('URL manifest', () => {
  it('reads lines without comments and reports what a build lacks', () => {
    const manifest = parseManifest('# kop\n/a/\tinstelling:A1\n\n/b.csv\r\n/c/\n');
    expect(manifest).toEqual([
      { path: '/a/', entity: 'instelling:A1' },
      { path: '/b.csv', entity: null },
      { path: '/c/', entity: null },
    ]);
    expect(missingPaths(manifest, ['/a/', '/c/', '/d/'])).toEqual(['/b.csv']);
    expect(formatManifest(manifest)).toBe('/a/\tinstelling:A1\n/b.csv\n/c/');
  });

  it('keeps every published institution slug with its institution', () => {
    const slugs = publishedInstitutionSlugs(
      parseManifest(
        '/instellingen/ab12/\tinstelling:AB12\n/instellingen/x/\n/sectoren/a/\tsector:a',
      ),
    );
    expect([...slugs]).toEqual([['ab12', 'AB12']]);
  });
});

describe('metadata helpers', () => {
  it('keeps JSON-LD from closing its script element', () => {
    const text = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('turns SPDX ids into licence URLs', () => {
    expect(licenseUrl('CC0-1.0')).toBe('https://spdx.org/licenses/CC0-1.0.html');
    expect(licenseUrl('CC-BY-4.0', 'https://example.org/l')).toBe('https://example.org/l');
  });

  it('wraps long names into at most two lines with an ellipsis', () => {
    expect(wrapText('Korte naam', 40, 2)).toEqual(['Korte naam']);
    const lines = wrapText(
      'Een zeer lange naam van een instelling die maar doorgaat en doorgaat en doorgaat',
      20,
      2,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });
});
