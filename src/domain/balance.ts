// Balance classes and seats-to-balance of one gremium (DATA.md §2.1), in integer arithmetic so
// that the 40% boundary is exact (2/5 of the seats, never a rounded float).

export const BALANCE_CLASSES = [
  'evenredig',
  'zo_evenredig_mogelijk',
  'eenhoofdig',
  'ondervertegenwoordiging_vrouwen',
  'ondervertegenwoordiging_mannen',
  'gender_onvolledig',
  'geen_gegevens',
] as const;
export type BalanceClass = (typeof BALANCE_CLASSES)[number];

/**
 * Names of the classes as tables and sentences show them. No numbers in them: a figure's every
 * number comes from the row of its CSV, and the thresholds are in BALANCE_CLASS_DEFINITIONS.
 */
export const BALANCE_CLASS_LABELS: Record<BalanceClass, string> = {
  evenredig: 'Evenredig',
  zo_evenredig_mogelijk: 'Zo evenredig mogelijk',
  eenhoofdig: 'Eenhoofdig',
  ondervertegenwoordiging_vrouwen: 'Ondervertegenwoordiging vrouwen',
  ondervertegenwoordiging_mannen: 'Ondervertegenwoordiging mannen',
  gender_onvolledig: 'Gender onvolledig',
  geen_gegevens: 'Geen gegevens',
};

/** What each class means (DATA.md §2.1), for notes beside figures and the methodology page. */
export const BALANCE_CLASS_DEFINITIONS: Record<BalanceClass, string> = {
  evenredig: 'minstens 40% vrouwen en minstens 40% mannen',
  zo_evenredig_mogelijk: '3 zetels verdeeld 1–2 of 2–1 (40–60% is met 3 zetels onbereikbaar)',
  eenhoofdig: 'één zetel: kan niet evenredig zijn',
  ondervertegenwoordiging_vrouwen: 'minder dan 40% vrouwen',
  ondervertegenwoordiging_mannen: 'minder dan 40% mannen',
  gender_onvolledig:
    'van minder dan 75% van de zetels is het gender bekend: geen oordeel over het evenwicht',
  geen_gegevens: 'geen aantallen gevonden: telt mee in de dekking, niet in de aandelen',
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

/** Share of women among the seats whose gender is known; null when none is. */
export function shareOfWomenKnown(c: SeatCounts): number | null {
  const known = c.vrouwen + c.mannen;
  return known === 0 ? null : c.vrouwen / known;
}

/** Share of seats whose gender is known (DATA.md §2.1 `dekking_gender`); null without seats. */
export function genderCoverage(c: SeatCounts): number | null {
  const total = totalSeats(c);
  return total === 0 ? null : (c.vrouwen + c.mannen) / total;
}

/** Below 75% known gender no verdict is given: 4·known < 3·total, exactly. */
export function genderIncomplete(c: SeatCounts): boolean {
  return 4 * (c.vrouwen + c.mannen) < 3 * totalSeats(c);
}

export function classifyBalance(c: SeatCounts | null): BalanceClass {
  if (c === null) return 'geen_gegevens';
  const total = totalSeats(c);
  if (total === 0) return 'geen_gegevens';
  if (total === 1) return 'eenhoofdig';
  // Unknown gender is missing information: a share of it would measure the gap in the data.
  if (genderIncomplete(c)) return 'gender_onvolledig';
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
    aandeel_vrouwen_bekend: c ? shareOfWomenKnown(c) : null,
    dekking_gender: c ? genderCoverage(c) : null,
    klasse: classifyBalance(c),
    zetels_tot_evenwicht: seatsToBalance(c),
  };
}

/**
 * Three groups of boards by share of women, for the distribution figure of a sector: below the
 * EIGE band, in it (boundaries included), above it. The band here looks at women only; the class
 * `evenredig` also asks 40% men, so with seats of unknown gender the two counts can differ.
 */
export const SHARE_GROUPS = [
  { groep: 'onder_40', label: 'minder dan 40%', ondergrens: 0, bovengrens: 0.4 },
  { groep: '40_60', label: '40% tot en met 60%', ondergrens: 0.4, bovengrens: 0.6 },
  { groep: 'boven_60', label: 'meer dan 60%', ondergrens: 0.6, bovengrens: 1 },
] as const;
export type ShareGroup = (typeof SHARE_GROUPS)[number]['groep'];

export interface ShareGroupCount {
  groep: ShareGroup;
  label: string;
  ondergrens: number;
  bovengrens: number;
  n_gremia: number;
  n_gremia_met_gegevens: number;
  aandeel: number | null;
}

/** The share group of a board with seats (exact integer comparisons, like the classes). */
export function shareGroupOf(b: SeatCounts): ShareGroup {
  const total = totalSeats(b);
  if (5 * b.vrouwen < 2 * total) return 'onder_40';
  if (5 * b.vrouwen > 3 * total) return 'boven_60';
  return '40_60';
}

/** Boards per share group (exact integer comparisons, like the classes). */
export function countShareGroups(boards: readonly SeatCounts[]): ShareGroupCount[] {
  const withSeats = boards.filter((b) => totalSeats(b) > 0);
  return SHARE_GROUPS.map((g) => {
    const n = withSeats.filter((b) => shareGroupOf(b) === g.groep).length;
    return {
      ...g,
      n_gremia: n,
      n_gremia_met_gegevens: withSeats.length,
      aandeel: withSeats.length > 0 ? n / withSeats.length : null,
    };
  });
}

/**
 * The share of a class among the boards with data (the denominator of aandeel_evenredig);
 * null for `geen_gegevens` itself and when no board has data.
 */
export function classShareOfBoardsWithData(
  klasse: BalanceClass,
  n: number,
  nWithData: number,
): number | null {
  return klasse === 'geen_gegevens' || nWithData === 0 ? null : n / nWithData;
}

/**
 * The Flemish norm for bodies (as the Flemish organisation registry applies it): each sex holds
 * at least one third of the seats, so at most two thirds are of one sex. A one-seat body can not
 * be judged ('onbekend'); so can a body whose seats of unknown gender could tip it.
 */
export type FlemishNormClass = 'voldoet' | 'voldoet_niet' | 'onbekend';

export function flemishNormClass(c: SeatCounts): FlemishNormClass {
  const total = totalSeats(c);
  if (total <= 1) return 'onbekend';
  // Exact: "at least a third" is 3·count >= total, for women and for everyone else.
  const holds = (women: number) => 3 * women >= total && 3 * (total - women) >= total;
  // Every way the seats of unknown gender could fall: judged only when they all agree.
  const verdicts = Array.from({ length: c.x + 1 }, (_, k) => holds(c.vrouwen + k));
  if (verdicts.every(Boolean)) return 'voldoet';
  if (!verdicts.some(Boolean)) return 'voldoet_niet';
  return 'onbekend';
}

export const FLEMISH_NORM_LABELS: Record<FlemishNormClass, string> = {
  voldoet: 'voldoet aan de Vlaamse norm (elk geslacht minstens een derde)',
  voldoet_niet: 'voldoet niet aan de Vlaamse norm (elk geslacht minstens een derde)',
  onbekend: 'Vlaamse norm niet te beoordelen (één zetel of onbekend gender)',
};
