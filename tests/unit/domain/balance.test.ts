import { describe, expect, it } from 'vitest';
import {
  boardFigures,
  classifyBalance,
  seatsToBalance,
  shareOfWomen,
} from '../../../src/domain/balance.ts';

const c = (vrouwen: number, mannen: number, x = 0) => ({ vrouwen, mannen, x });

describe('classifyBalance', () => {
  it('treats exactly 40% as balanced (boundary inclusive, no float error)', () => {
    expect(classifyBalance(c(2, 3))).toBe('evenredig');
    expect(classifyBalance(c(3, 2))).toBe('evenredig');
    expect(classifyBalance(c(4, 6))).toBe('evenredig');
    expect(classifyBalance(c(2, 4))).toBe('ondervertegenwoordiging_vrouwen');
    expect(classifyBalance(c(4, 2))).toBe('ondervertegenwoordiging_mannen');
  });
  it('separates one-person and three-seat boards', () => {
    expect(classifyBalance(c(1, 0))).toBe('eenhoofdig');
    expect(classifyBalance(c(0, 1))).toBe('eenhoofdig');
    expect(classifyBalance(c(1, 2))).toBe('zo_evenredig_mogelijk');
    expect(classifyBalance(c(2, 1))).toBe('zo_evenredig_mogelijk');
    expect(classifyBalance(c(0, 3))).toBe('ondervertegenwoordiging_vrouwen');
    expect(classifyBalance(c(0, 2, 1))).toBe('gender_onvolledig');
  });
  it('gives no verdict below 75% known gender, but judges at exactly 75%', () => {
    expect(classifyBalance(c(1, 1, 1))).toBe('gender_onvolledig');
    expect(classifyBalance(c(9, 9, 27))).toBe('gender_onvolledig');
    expect(classifyBalance(c(0, 0, 5))).toBe('gender_onvolledig');
    // 3 of 4 known is 75%: a verdict is given (4·known >= 3·total).
    expect(classifyBalance(c(3, 0, 1))).toBe('ondervertegenwoordiging_mannen');
    expect(classifyBalance(c(2, 2, 1))).toBe('evenredig');
    // A one-person board is eenhoofdig whether its gender is known or not.
    expect(classifyBalance(c(0, 0, 1))).toBe('eenhoofdig');
  });
  it('gives the share among known gender and the coverage beside the share of all seats', () => {
    const amsterdam = boardFigures(c(9, 9, 27));
    expect(amsterdam.aandeel_vrouwen).toBeCloseTo(0.2, 10);
    expect(amsterdam.aandeel_vrouwen_bekend).toBeCloseTo(0.5, 10);
    expect(amsterdam.dekking_gender).toBeCloseTo(0.4, 10);
    expect(boardFigures(c(0, 0, 3)).aandeel_vrouwen_bekend).toBeNull();
    expect(boardFigures(null).dekking_gender).toBeNull();
  });
  it('marks missing counts and empty boards as geen_gegevens', () => {
    expect(classifyBalance(null)).toBe('geen_gegevens');
    expect(classifyBalance(c(0, 0))).toBe('geen_gegevens');
    expect(shareOfWomen(c(0, 0))).toBeNull();
  });
});

describe('seatsToBalance', () => {
  it('counts the seats that must change gender', () => {
    expect(seatsToBalance(c(2, 3))).toBe(0);
    expect(seatsToBalance(c(0, 5))).toBe(2);
    expect(seatsToBalance(c(0, 6))).toBe(3);
    expect(seatsToBalance(c(9, 1))).toBe(3);
    expect(seatsToBalance(c(1, 9))).toBe(3);
  });
  it('is empty when balance is unreachable', () => {
    expect(seatsToBalance(c(1, 0))).toBeNull();
    expect(seatsToBalance(c(1, 2))).toBeNull();
    expect(seatsToBalance(c(1, 1, 3))).toBeNull();
    expect(seatsToBalance(null)).toBeNull();
  });
  it('agrees with brute force for every board up to 12 seats', () => {
    for (let total = 1; total <= 12; total += 1) {
      for (let x = 0; x <= total; x += 1) {
        for (let v = 0; v <= total - x; v += 1) {
          const m = total - x - v;
          let best: number | null = null;
          for (let v2 = 0; v2 <= v + m; v2 += 1) {
            const m2 = v + m - v2;
            if (v2 / total >= 0.4 - 1e-12 && m2 / total >= 0.4 - 1e-12) {
              const d = Math.abs(v2 - v);
              if (best === null || d < best) best = d;
            }
          }
          expect(seatsToBalance(c(v, m, x)), `${v}/${m}/${x}`).toBe(best);
        }
      }
    }
  });
});

describe('flemishNormClass (each sex at least a third)', () => {
  it('judges exactly at a third and leaves one-seat bodies and undecidable ones open', async () => {
    const { flemishNormClass } = await import('../../../src/domain/balance.ts');
    expect(flemishNormClass({ vrouwen: 2, mannen: 4, x: 0 })).toBe('voldoet'); // exactly 1/3
    expect(flemishNormClass({ vrouwen: 1, mannen: 3, x: 0 })).toBe('voldoet_niet'); // 1/4
    expect(flemishNormClass({ vrouwen: 1, mannen: 0, x: 0 })).toBe('onbekend');
    expect(flemishNormClass({ vrouwen: 1, mannen: 3, x: 1 })).toBe('onbekend'); // 1/5 or 2/5
    expect(flemishNormClass({ vrouwen: 0, mannen: 7, x: 1 })).toBe('voldoet_niet');
    expect(flemishNormClass({ vrouwen: 3, mannen: 3, x: 1 })).toBe('voldoet');
  });
});
