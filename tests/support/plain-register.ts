// DATA.md §8 written out again, plainly and apart from src/: which office holder counts in which
// board, and the gender a salutation gives. The register tests compare the pipeline's output with
// what these few lines derive from the raw files; sharing no code with the pipeline is the point.

export interface PlainHolder {
  /** the organisation's id in lower case (gm0363) */
  org: string;
  /** the register's function name ("Raadslid", "Burgemeester waarnemend") */
  functie: string;
  naam: string;
}

export type PlainCounts = Map<string, { v: number; m: number; x: number }>;

const BOARD_OF: Record<string, string> = {
  Raadslid: 'raad',
  Burgemeester: 'college',
  'Burgemeester waarnemend': 'college',
  Wethouder: 'college',
};

function genderOf(name: string): 'v' | 'm' | 'x' {
  const lower = name.toLowerCase();
  const first = lower.split(' ')[0]!;
  if (['mw.', 'mw', 'mevr.', 'mevrouw'].includes(first)) return 'v';
  if (['dhr.', 'dhr', 'hr.'].includes(first) || lower.startsWith('de heer')) return 'm';
  return 'x';
}

/**
 * Counts per `<org>|<board>`: one person per distinct name in a board, an acting mayor in place
 * of the mayor where the organisation has one.
 */
export function plainBoardCounts(holders: readonly PlainHolder[]): PlainCounts {
  const acting = new Set(
    holders.filter((h) => h.functie === 'Burgemeester waarnemend').map((h) => h.org),
  );
  const boards = new Map<string, Map<string, 'v' | 'm' | 'x'>>();
  for (const h of holders) {
    const board = BOARD_OF[h.functie];
    if (!board) continue;
    if (h.functie === 'Burgemeester' && acting.has(h.org)) continue;
    const name = h.naam.trim().split(/\s+/).join(' ');
    const key = `${h.org}|${board}`;
    const persons = boards.get(key) ?? new Map<string, 'v' | 'm' | 'x'>();
    persons.set(name, genderOf(name));
    boards.set(key, persons);
  }
  const counts: PlainCounts = new Map();
  for (const [key, persons] of boards) {
    const c = { v: 0, m: 0, x: 0 };
    for (const g of persons.values()) c[g] += 1;
    counts.set(key, c);
  }
  return counts;
}
