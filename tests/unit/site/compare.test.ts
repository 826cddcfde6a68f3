// The comparison selection (URL and stored basket) and the comparison table/CSV.
import { describe, expect, it } from 'vitest';
import {
  MAX_PER_KIND,
  emptySelection,
  formatSelection,
  parseSelection,
  parseStored,
  parseToken,
  toggleKey,
} from '../../../src/site/compare-selection.ts';
import {
  comparisonCsv,
  comparisonRows,
  displayValue,
  periodsOf,
  type CompareCard,
} from '../../../src/site/compare-table.ts';

describe('comparison selection', () => {
  it('round-trips through the URL, dropping malformed and duplicate keys', () => {
    const params = new URLSearchParams(
      'instellingen=demo-00002,DEMO-00001,demo-00002,../etc,&gemeenten=44021,4402,11002&jaar=2024',
    );
    const selection = parseSelection(params);
    expect(selection).toEqual({
      instelling: ['demo-00002', 'demo-00001'],
      gemeente: ['44021', '11002'],
    });
    const query = formatSelection(selection, { instelling: '2024', gemeente: '2025-06-16' });
    expect(query).toBe(
      'instellingen=demo-00002,demo-00001&jaar=2024&gemeenten=44021,11002&peildatum=2025-06-16',
    );
    expect(parseSelection(new URLSearchParams(query))).toEqual(selection);
  });

  it('accepts repeated parameters and caps each kind', () => {
    const many = Array.from({ length: MAX_PER_KIND + 3 }, (_, i) => `gemeenten=${10000 + i}`);
    expect(parseSelection(new URLSearchParams(many.join('&'))).gemeente).toHaveLength(MAX_PER_KIND);
  });

  it('toggles keys and refuses to grow beyond the limit', () => {
    let s = emptySelection();
    s = toggleKey(s, 'gemeente', '44021');
    expect(s.gemeente).toEqual(['44021']);
    s = toggleKey(s, 'gemeente', '44021');
    expect(s.gemeente).toEqual([]);
    for (let i = 0; i < MAX_PER_KIND + 2; i++) s = toggleKey(s, 'gemeente', String(20000 + i));
    expect(s.gemeente).toHaveLength(MAX_PER_KIND);
    expect(s.gemeente).not.toContain(String(20000 + MAX_PER_KIND));
  });

  it('reads tokens and stored baskets defensively', () => {
    expect(parseToken('instelling:demo-00001')).toEqual(['instelling', 'demo-00001']);
    expect(parseToken('gemeente:gent')).toBeNull();
    expect(parseToken('sector:zorg')).toBeNull();
    expect(parseStored('{"gemeente":["44021",7,"x"],"instelling":"nope"}')).toEqual({
      instelling: [],
      gemeente: ['44021'],
    });
    expect(parseStored('not json')).toEqual(emptySelection());
    expect(parseStored('null')).toEqual(emptySelection());
  });
});

function card(
  sleutel: string,
  naam: string,
  sector: string,
  values: Record<string, number[]>,
  bronsoort: CompareCard['bronsoort'] = 'voorbeelddata',
) {
  const c: CompareCard = {
    soort: 'instelling',
    sleutel,
    naam,
    pad: `/instellingen/${sleutel}/`,
    context: { naam: `Sector ${sector}`, pad: `/sectoren/${sector}/` },
    totaal: {
      naam: bronsoort === 'voorbeelddata' ? 'Alle sectoren (voorbeelddata)' : 'Alle sectoren',
      pad: '/sectoren/',
    },
    bronsoort,
    perioden: Object.entries(values).map(([periode, [share, ctx, tot]]) => ({
      periode,
      entiteit: {
        gremia: 1,
        zetels: 10,
        vrouwen: share! * 10,
        aandeel_vrouwen: share!,
        aandeel_evenredig: null,
      },
      context: {
        gremia: 5,
        zetels: 50,
        vrouwen: ctx! * 50,
        aandeel_vrouwen: ctx!,
        aandeel_evenredig: 0.5,
      },
      totaal: {
        gremia: 9,
        zetels: 90,
        vrouwen: tot! * 90,
        aandeel_vrouwen: tot!,
        aandeel_evenredig: 0.25,
      },
    })),
  };
  return c;
}

describe('comparison table', () => {
  const a = card('a', 'Alfa', 'zorg', { '2024': [0.3, 0.4, 0.35], '2025': [0.5, 0.42, 0.36] });
  const b = card('b', '=Beta', 'zorg', { '2025': [0.2, 0.42, 0.36] });
  const c = card('c', 'Gamma', 'onderwijs', { '2024': [0.1, 0.6, 0.35] });

  it('lists entities in order, each context once, then the whole; keeps entities without data', () => {
    expect(periodsOf([a, b, c])).toEqual(['2025', '2024']);
    const rows = comparisonRows([a, b, c], '2025');
    expect(rows.map((r) => [r.rol, r.naam])).toEqual([
      ['entiteit', 'Alfa'],
      ['entiteit', '=Beta'],
      ['entiteit', 'Gamma'],
      ['context', 'Sector zorg'],
      ['totaal', 'Alle sectoren (voorbeelddata)'],
    ]);
    expect(rows[2]!.values).toBeNull();
    expect(rows[0]!.values!.aandeel_vrouwen).toBe(0.5);
  });

  it('writes a CSV in machine format with formula cells neutralised', () => {
    const rows = comparisonRows([a, b], '2025');
    const lines = comparisonCsv('instelling', '2025', rows).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'rol,naam,sleutel,jaar,gremia,zetels,vrouwen,aandeel_vrouwen,aandeel_evenredig,bronsoort,voorbeelddata',
    );
    expect(lines[1]).toBe('entiteit,Alfa,a,2025,1,10,5,0.5000,,voorbeelddata,ja');
    expect(lines[2]).toBe("entiteit,'=Beta,b,2025,1,10,2,0.2000,,voorbeelddata,ja");
    expect(lines[3]).toBe('context,Sector zorg,,2025,5,50,21,0.4200,0.5000,voorbeelddata,ja');
    expect(lines).toHaveLength(5);
  });

  it('never pools real and demo cards into one whole: each kind gets its own total row', () => {
    const real = card(
      'gm1',
      'Gemeente Een',
      'gemeenten',
      { '2025': [0.4, 0.32, 0.32] },
      'register',
    );
    const rows = comparisonRows([a, real], '2025');
    const totals = rows.filter((r) => r.rol === 'totaal');
    expect(totals.map((r) => [r.naam, r.bronsoort])).toEqual([
      ['Alle sectoren (voorbeelddata)', 'voorbeelddata'],
      ['Alle sectoren', 'register'],
    ]);
    const csv = comparisonCsv('instelling', '2025', rows).trimEnd().split('\r\n');
    expect(csv.find((l) => l.startsWith('entiteit,Gemeente Een'))).toMatch(/,register,nee$/);
    expect(csv.find((l) => l.startsWith('entiteit,Alfa'))).toMatch(/,voorbeelddata,ja$/);
  });

  it('keeps every CSV column of one type: a text measure and its context share get two columns', () => {
    const gemeente: CompareCard = {
      soort: 'gemeente',
      sleutel: '44021',
      naam: 'Gent',
      pad: '/gemeenten/gent/',
      context: { naam: 'Oost-Vlaanderen', pad: '/provincies/oost-vlaanderen/' },
      totaal: { naam: 'Vlaanderen', pad: '/provincies/' },
      bronsoort: 'bronbestand',
      perioden: [
        {
          periode: '2025-06-16',
          entiteit: {
            burgemeester: 'man',
            schepenen: 9,
            aandeel_schepenen_vrouw: 0.4444,
            aandeel_raad_vrouw: 0.5,
            gelijke_kansen: 'schepen',
          },
          context: {
            burgemeester: 0.1273,
            schepenen: 300,
            aandeel_schepenen_vrouw: 0.4,
            aandeel_raad_vrouw: 0.41,
            gelijke_kansen: 0.62,
          },
          totaal: null,
        },
      ],
    };
    const [header, entity, context] = comparisonCsv(
      'gemeente',
      '2025-06-16',
      comparisonRows([gemeente], '2025-06-16'),
    )
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    const column = (name: string) => header!.indexOf(name);
    expect(entity![column('burgemeester')]).toBe('man');
    expect(entity![column('aandeel_burgemeesters_vrouw')]).toBe('');
    expect(context![column('burgemeester')]).toBe('');
    expect(context![column('aandeel_burgemeesters_vrouw')]).toBe('0.1273');
    expect(entity![column('gelijke_kansen')]).toBe('schepen');
    expect(context![column('aandeel_gemeenten_gk_schepen')]).toBe('0.6200');
    // every column holds numbers only or text only
    for (let i = 0; i < header!.length; i++) {
      const values = [entity![i], context![i]].filter((v) => v !== '' && v !== undefined);
      const numeric = values.map((v) => /^-?\d+(\.\d+)?$/.test(v!));
      if (['rol', 'naam', 'sleutel', 'peildatum', 'bronsoort'].includes(header![i]!)) continue;
      expect(new Set(numeric).size, header![i]).toBeLessThanOrEqual(1);
    }
  });

  it('shows values the Dutch way on the page', () => {
    expect(displayValue(0.384, 'share')).toBe('38,4%');
    expect(displayValue(1176, 'count')).toBe('1.176');
    expect(displayValue(null, 'share')).toBe('–');
    expect(displayValue('geen', 'text', { geen: 'niemand' })).toBe('niemand');
  });
});
