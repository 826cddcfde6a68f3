// Aggregates over a set of gremia (DATA.md §2.1): coverage, pooled and mean share, classes.
import { BALANCE_CLASSES, type BalanceClass } from './balance.ts';

export interface AggregatableGremium {
  instelling_id: string;
  vrouwen: number | null;
  mannen: number | null;
  x: number | null;
  totaal: number | null;
  aandeel_vrouwen: number | null;
  klasse: BalanceClass;
}

export interface GremiaAggregate {
  n_instellingen: number;
  n_gremia: number;
  n_gremia_met_gegevens: number;
  dekking: number | null;
  aandeel_vrouwen_totaal: number | null;
  /** sum(vrouwen) / sum(vrouwen + mannen): the share among seats of known gender */
  aandeel_vrouwen_bekend_totaal: number | null;
  /** sum(vrouwen + mannen) / sum(totaal) over gremia with data */
  dekking_gender: number | null;
  aandeel_vrouwen_gemiddeld: number | null;
  vrouwen: number;
  mannen: number;
  x: number;
  klassen: Record<BalanceClass, number>;
  n_evenredig: number;
  aandeel_evenredig: number | null;
}

export function emptyClassCounts(): Record<BalanceClass, number> {
  return Object.fromEntries(BALANCE_CLASSES.map((k) => [k, 0])) as Record<BalanceClass, number>;
}

/** A gremium has data when it has counts and at least one seat (its share is defined). */
export function hasData(g: AggregatableGremium): boolean {
  return g.aandeel_vrouwen !== null;
}

export function aggregateGremia(gremia: readonly AggregatableGremium[]): GremiaAggregate {
  const instellingen = new Set<string>();
  const klassen = emptyClassCounts();
  let withData = 0;
  let vrouwen = 0;
  let mannen = 0;
  let x = 0;
  let shareSum = 0;
  for (const g of gremia) {
    instellingen.add(g.instelling_id);
    klassen[g.klasse] += 1;
    if (!hasData(g)) continue;
    withData += 1;
    vrouwen += g.vrouwen ?? 0;
    mannen += g.mannen ?? 0;
    x += g.x ?? 0;
    shareSum += g.aandeel_vrouwen ?? 0;
  }
  const seats = vrouwen + mannen + x;
  return {
    n_instellingen: instellingen.size,
    n_gremia: gremia.length,
    n_gremia_met_gegevens: withData,
    dekking: gremia.length === 0 ? null : withData / gremia.length,
    aandeel_vrouwen_totaal: seats === 0 ? null : vrouwen / seats,
    aandeel_vrouwen_bekend_totaal: vrouwen + mannen === 0 ? null : vrouwen / (vrouwen + mannen),
    dekking_gender: seats === 0 ? null : (vrouwen + mannen) / seats,
    aandeel_vrouwen_gemiddeld: withData === 0 ? null : shareSum / withData,
    vrouwen,
    mannen,
    x,
    klassen,
    n_evenredig: klassen.evenredig,
    aandeel_evenredig: withData === 0 ? null : klassen.evenredig / withData,
  };
}

/** Groups items by a string key, keeping first-seen order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
