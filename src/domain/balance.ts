// Balance classes and seats-to-balance of one gremium (DATA.md §2.1), in integer arithmetic so
// that the 40% boundary is exact (2/5 of the seats, never a rounded float).

export const BALANCE_CLASSES = [
  'evenredig',
  'zo_evenredig_mogelijk',
  'eenhoofdig',
  'ondervertegenwoordiging_vrouwen',
  'ondervertegenwoordiging_mannen',
  'geen_gegevens',
] as const;
export type BalanceClass = (typeof BALANCE_CLASSES)[number];

export const BALANCE_CLASS_LABELS: Record<BalanceClass, string> = {
  evenredig: 'Evenredig (40–60%)',
  zo_evenredig_mogelijk: 'Zo evenredig mogelijk (3 zetels, 1–2)',
  eenhoofdig: 'Eenhoofdig',
  ondervertegenwoordiging_vrouwen: 'Minder dan 40% vrouwen',
  ondervertegenwoordiging_mannen: 'Minder dan 40% mannen',
  geen_gegevens: 'Geen gegevens',
};

export interface SeatCounts {
  vrouwen: number;
  mannen: number;
  x: number;
}

/** True when a share count/total is at least 40%, exactly: 5·count >= 2·total. */
function atLeastFortyPercent(count: number, total: number): boolean {
  return 5 * count >= 2 * total;
}

export function totalSeats(c: SeatCounts): number {
  return c.vrouwen + c.mannen + c.x;
}

/** Share of women, or null when the board has no seats to divide by. */
export function shareOfWomen(c: SeatCounts): number | null {
  const total = totalSeats(c);
  return total === 0 ? null : c.vrouwen / total;
}

export function classifyBalance(c: SeatCounts | null): BalanceClass {
  if (c === null) return 'geen_gegevens';
  const total = totalSeats(c);
  if (total === 0) return 'geen_gegevens';
  if (total === 1) return 'eenhoofdig';
  if (
    total === 3 &&
    c.x === 0 &&
    ((c.vrouwen === 1 && c.mannen === 2) || (c.vrouwen === 2 && c.mannen === 1))
  ) {
    return 'zo_evenredig_mogelijk';
  }
  const womenOk = atLeastFortyPercent(c.vrouwen, total);
  const menOk = atLeastFortyPercent(c.mannen, total);
  if (womenOk && menOk) return 'evenredig';
  if (!womenOk) return 'ondervertegenwoordiging_vrouwen';
  return 'ondervertegenwoordiging_mannen';
}

/**
 * Smallest number of seats that must pass from one gender to the other (x fixed) to reach
 * `evenredig`; 0 when already there, null when no split of the seats can reach it.
 */
export function seatsToBalance(c: SeatCounts | null): number | null {
  if (c === null) return null;
  const total = totalSeats(c);
  if (total === 0) return null;
  const binary = c.vrouwen + c.mannen;
  const minEach = Math.ceil((2 * total) / 5);
  const lowest = minEach;
  const highest = binary - minEach;
  if (lowest > highest) return null;
  if (c.vrouwen < lowest) return lowest - c.vrouwen;
  if (c.vrouwen > highest) return c.vrouwen - highest;
  return 0;
}

/** Every figure of one board (DATA.md §2.1), from its counts; all empty when it has none. */
export function boardFigures(c: SeatCounts | null) {
  return {
    vrouwen: c ? c.vrouwen : null,
    mannen: c ? c.mannen : null,
    x: c ? c.x : null,
    totaal: c ? totalSeats(c) : null,
    aandeel_vrouwen: c ? shareOfWomen(c) : null,
    klasse: classifyBalance(c),
    zetels_tot_evenwicht: seatsToBalance(c),
  };
}
