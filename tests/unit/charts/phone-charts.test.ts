// The charts are drawn for a phone (issue 15): labels that fit or end in "…", the histogram's
// bins adding up to the three groups of its CSV, distinguishable marks for coinciding series,
// and the demo mark in its own band above the plot.
import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, demoBand, textWidth, wrapText } from '../../../src/charts/svg.ts';
import { renderStripChart, shareBins } from '../../../src/charts/strip.ts';
import { renderTrendChart } from '../../../src/charts/trend.ts';
import { renderBarChart } from '../../../src/charts/bars.ts';
import { countShareGroups, type SeatCounts } from '../../../src/domain/balance.ts';

describe('wrapText', () => {
  it('breaks at spaces within the width and ends a cut label in an ellipsis', () => {
    const lines = wrapText('Stichting voor het openbaar primair onderwijs in de regio', 160, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(160);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('Gent', 160)).toEqual(['Gent']);
  });
});

describe('share histogram', () => {
  it('puts every board in a ten-point bin on the boundaries of the CSV groups', () => {
    const boards: SeatCounts[] = [];
    for (let total = 1; total <= 15; total++)
      for (let v = 0; v <= total; v++)
        for (const x of [0, 1]) boards.push({ vrouwen: v, mannen: total - v, x });
    const bins = shareBins(boards);
    const groups = countShareGroups(boards);
    const sum = (from: number, to: number) => bins.slice(from, to).reduce((a, b) => a + b, 0);
    expect(sum(0, 4)).toBe(groups.find((g) => g.groep === 'onder_40')!.n_gremia);
    expect(sum(4, 6)).toBe(groups.find((g) => g.groep === '40_60')!.n_gremia);
    expect(sum(6, 10)).toBe(groups.find((g) => g.groep === 'boven_60')!.n_gremia);
    const svg = renderStripChart(boards, groups, { id: 'v', title: 't' });
    for (const g of groups) expect(svg).toContain(`${g.label}: ${g.n_gremia} gremia`);
  });
});

describe('trend chart', () => {
  it('gives two series with the same values different marker shapes', () => {
    const points = [
      { x: 2024, y: 0.5 },
      { x: 2025, y: 0.5 },
    ];
    const svg = renderTrendChart(
      [
        { key: 'a', label: 'alle zetels', points },
        { key: 'b', label: 'gemiddeld', points },
      ],
      { id: 't', title: 't' },
    );
    // a filled dot per point of the first series, a hollow square per point of the second
    expect(svg.match(/<circle [^>]*class="series-0"/g)!.length).toBeGreaterThanOrEqual(2);
    expect(svg.match(/<rect [^>]*class="series-1" fill="none"/g)!.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('alle zetels: 50,0% (2025)');
    expect(svg).toContain('gemiddeld: 50,0% (2025)');
  });
});

describe('demo mark', () => {
  it('sits in its own band above the bars', () => {
    const svg = renderBarChart([{ label: 'a', value: 1, display: '1' }], {
      id: 'b',
      title: 't',
      demo: true,
    });
    expect(svg).toMatch(new RegExp(`<text x="${CHART_WIDTH - 2}" y="14"[^>]*class="demo-mark"`));
    const firstRect = Number(/<rect x="0" y="([\d.]+)"/.exec(svg)![1]);
    expect(firstRect).toBeGreaterThan(demoBand(true));
  });
});
