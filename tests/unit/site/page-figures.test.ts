// Guards against the mutations a reviewer tried and the suite let pass: a summary that says
// "steeg" where the share fell, a headline from the first year, women and men marks swapped in
// the seat diagram, the band drawn at other bounds, a change with the wrong sign.
import { describe, expect, it } from 'vitest';
import { renderSeatDiagram } from '../../../src/charts/seats.ts';
import { renderTrendChart } from '../../../src/charts/trend.ts';
import { computeProvinceChanges } from '../../../src/domain/municipality-figures.ts';
import type { ProvinceFigures } from '../../../src/domain/municipality-figures.ts';
import { latestHeadline } from '../../../src/site/headline.ts';
import { shareGroupSummary, trendSummary } from '../../../src/site/summaries.ts';
import { countShareGroups } from '../../../src/domain/balance.ts';
import type { SiteData } from '../../../src/domain/site-data.ts';

describe('trendSummary', () => {
  it('says steeg for a rise and daalde for a fall, with both years in order', () => {
    expect(trendSummary('de sector', { jaar: 2021, share: 0.3 }, { jaar: 2025, share: 0.4 })).toBe(
      'Het aandeel vrouwen in de sector steeg van 30,0% in 2021 naar 40,0% in 2025.',
    );
    expect(trendSummary('de sector', { jaar: 2021, share: 0.4 }, { jaar: 2025, share: 0.3 })).toBe(
      'Het aandeel vrouwen in de sector daalde van 40,0% in 2021 naar 30,0% in 2025.',
    );
  });
});

describe('latestHeadline', () => {
  it('takes the latest year of the kind, not the first', () => {
    const row = (jaar: number) => ({
      jaar,
      bronsoort: 'register',
      aandeel_vrouwen_totaal: jaar / 10_000,
    });
    const site = { totaalCijfers: [row(2024), row(2025), row(2026)] } as unknown as SiteData;
    const headline = latestHeadline(site, 'register')!;
    expect(headline.jaar).toBe(2026);
    expect(headline.vorigJaar?.jaar).toBe(2025);
  });
});

describe('renderSeatDiagram', () => {
  it('draws one filled circle per woman and one open square per man', () => {
    const svg = renderSeatDiagram({ vrouwen: 3, mannen: 5, x: 1 }, { id: 's', title: 't' });
    expect(svg.match(/class="seat-v"/g)).toHaveLength(3);
    expect(svg.match(/class="seat-m"/g)).toHaveLength(5);
    expect(svg.match(/class="seat-x"/g)).toHaveLength(1);
    expect(svg).toMatch(/<circle[^>]*class="seat-v" fill="currentColor"/);
    expect(svg).toMatch(/<rect[^>]*class="seat-m" fill="none"/);
    expect(svg).toContain('vrouw (3)');
    expect(svg).toContain('man (5)');
  });
});

describe('renderTrendChart', () => {
  it('draws the balance band from 40% to 60% of the y scale', () => {
    const svg = renderTrendChart(
      [
        {
          key: 'a',
          label: 'a',
          points: [
            { x: 2024, y: 0.5 },
            { x: 2025, y: 0.5 },
          ],
        },
      ],
      { id: 't', title: 't' },
    );
    // The grid lines are at 0%, 20% … 100%: they give the chart's own y scale.
    const grid = [...svg.matchAll(/<line [^>]*y1="([\d.]+)"/g)].map((m) => Number(m[1]));
    const [y0, y100] = [grid[0]!, grid.at(-1)!];
    const y = (share: number) => y0 + share * (y100 - y0);
    const band = /<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" class="band"/.exec(
      svg,
    )!;
    const top = Number(band[1]);
    const bottom = top + Number(band[2]);
    expect(top).toBeCloseTo(y(0.6), 5);
    expect(bottom).toBeCloseTo(y(0.4), 5);
  });
});

describe('computeProvinceChanges', () => {
  it('gives later minus earlier, so a rise is positive', () => {
    const province = (peildatum: string, schepen: number): ProvinceFigures =>
      ({
        peildatum,
        provincie: 'Limburg',
        n_gemeenten: 42,
        n_gk_schepen_gemeenten: schepen,
        n_gk_schepenen: schepen,
        n_gk_burgemeester: 1,
        n_gk_onbekend: 2,
      }) as ProvinceFigures;
    const [change] = computeProvinceChanges([
      province('2023-10-23', 20),
      province('2025-06-16', 25),
    ]);
    expect(change!.verschil_gk_schepen_gemeenten).toBe(5);
    expect(change!.van).toBe('2023-10-23');
  });
});

describe('countShareGroups and its summary', () => {
  it('puts exactly 40% and 60% in the band and counts only boards with seats', () => {
    const groups = countShareGroups([
      { vrouwen: 2, mannen: 3, x: 0 }, // 40%
      { vrouwen: 3, mannen: 2, x: 0 }, // 60%
      { vrouwen: 1, mannen: 4, x: 0 }, // 20%
      { vrouwen: 4, mannen: 1, x: 0 }, // 80%
      { vrouwen: 0, mannen: 0, x: 0 }, // no seats
    ]);
    expect(groups.map((g) => [g.groep, g.n_gremia])).toEqual([
      ['onder_40', 1],
      ['40_60', 2],
      ['boven_60', 1],
    ]);
    expect(groups.every((g) => g.n_gremia_met_gegevens === 4)).toBe(true);
    expect(shareGroupSummary(groups, 2025)).toBe(
      'Van de 4 gremia met gegevens in 2025 hebben er 2 40% tot en met 60% vrouwen, 1 minder dan 40% en 1 meer dan 60%.',
    );
  });
});
