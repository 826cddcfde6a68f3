// An institution's boards as its page shows them: grouped across years, each with an anchor
// made from its stable key (gremium type and name), never from its position on the page, so a
// link to a board keeps pointing at that board when boards are added or removed.
import { groupBy } from '../domain/aggregates.ts';
import type { GremiumRecord } from '../domain/records.ts';
import { slugify } from '../domain/text.ts';
import { formatCount, formatShare } from './format.ts';

export interface Board {
  anchor: string;
  rows: GremiumRecord[];
}

/** The anchor of a board: "raad-gemeenteraad", "rvt-raad-van-toezicht". */
export function boardAnchor(gremiumType: string, gremium: string): string {
  const name = slugify(gremium);
  return name ? `${gremiumType}-${name}` : gremiumType;
}

export function boardsOf(records: readonly GremiumRecord[]): Board[] {
  const groups = [
    ...groupBy(records, (g) => `${g.gremium_type}|${g.gremium.toLowerCase()}`).entries(),
  ].sort(([a], [b]) => a.localeCompare(b));
  const used = new Set<string>();
  return groups.map(([, rows]) => {
    const sorted = [...rows].sort((a, b) => a.jaar - b.jaar);
    const base = boardAnchor(sorted[0]!.gremium_type, sorted.at(-1)!.gremium);
    // Two names that fold to one slug ("Raad A", "Raad-A") still get distinct anchors, in key order.
    let anchor = base;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`;
    used.add(anchor);
    return { anchor, rows: sorted };
  });
}

const people = (n: number | null, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** "In 2026 telde de gemeenteraad 29 zetels: 10 vrouwen, 18 mannen en 1 zonder bekend gender (34,5% vrouwen)." */
export function seatSentence(g: GremiumRecord): string {
  const x = g.x ?? 0;
  const counts = [people(g.vrouwen, 'vrouw', 'vrouwen'), people(g.mannen, 'man', 'mannen')];
  if (x > 0) counts.push(`${formatCount(x)} zonder bekend gender`);
  const list = `${counts.slice(0, -1).join(', ')} en ${counts.at(-1)!}`;
  return `In ${g.jaar} telde ${g.gremium.toLowerCase()} ${formatCount(g.totaal)} zetels: ${list} (${formatShare(g.aandeel_vrouwen)} vrouwen).`;
}

/**
 * A warning when many seats have no known gender (in the register: no salutation registered):
 * they count in the total, so the share of women says less. Null below one seat in ten.
 */
export function unknownGenderNote(g: GremiumRecord): string | null {
  const x = g.x ?? 0;
  if (g.totaal === null || g.totaal === 0 || x * 10 < g.totaal) return null;
  return `Let op: van ${formatCount(x)} van de ${formatCount(g.totaal)} zetels is het gender niet bekend (in het register: geen aanhef). Ze tellen mee in het totaal, dus het aandeel vrouwen zegt hier minder; we raden het gender niet.`;
}
