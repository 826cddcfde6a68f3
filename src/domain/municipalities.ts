// Municipalities of the reference table: existence on a date, name matching, successors, slugs.
import { placeNameKey, slugify } from './text.ts';

export interface Municipality {
  nis: string;
  naam: string;
  provincie: string;
  arrondissement: string;
  aliassen: string[];
  ontstaan_op: string | null;
  opgeheven_op: string | null;
  opgegaan_in: string | null;
}

/** Exists on D: (no ontstaan_op or ontstaan_op <= D) and (no opgeheven_op or D < opgeheven_op). */
export function existsOn(m: Municipality, date: string): boolean {
  if (m.ontstaan_op !== null && m.ontstaan_op > date) return false;
  if (m.opgeheven_op !== null && date >= m.opgeheven_op) return false;
  return true;
}

/**
 * Page slugs: the name folded to ASCII; where two municipalities share a name (Tielt before and
 * after 2025) the one that still exists keeps the plain slug and the other gets its NIS code.
 */
export function assignSlugs(municipalities: readonly Municipality[]): Map<string, string> {
  const byBase = new Map<string, Municipality[]>();
  for (const m of municipalities) {
    const base = slugify(m.naam) || m.nis;
    byBase.set(base, [...(byBase.get(base) ?? []), m]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    if (group.length === 1) {
      slugs.set(group[0]!.nis, base);
      continue;
    }
    const current = group.filter((m) => m.opgeheven_op === null);
    for (const m of group) {
      const plain = current.length === 1 && current[0] === m;
      slugs.set(m.nis, plain ? base : `${base}-${m.nis}`);
    }
  }
  return slugs;
}

export class MunicipalityMatcher {
  private readonly byKey = new Map<string, Municipality[]>();
  private readonly byNis = new Map<string, Municipality>();

  constructor(municipalities: readonly Municipality[]) {
    for (const m of municipalities) {
      this.byNis.set(m.nis, m);
      for (const name of [m.naam, ...m.aliassen]) {
        const key = placeNameKey(name);
        if (key === '') continue;
        const list = this.byKey.get(key) ?? [];
        if (!list.includes(m)) list.push(m);
        this.byKey.set(key, list);
      }
    }
  }

  /**
   * The municipality a name means on a date: one that exists then, else a former one followed
   * to its successor (an extract may still use a pre-merger name). Null when unknown.
   */
  match(name: string, date: string): Municipality | null {
    let candidates = this.byKey.get(placeNameKey(name));
    if (!candidates) {
      const stripped = name.replace(/^\s*(gemeente|stad)\s+/i, '');
      candidates = this.byKey.get(placeNameKey(stripped));
    }
    if (!candidates) return null;
    const existing = candidates.find((m) => existsOn(m, date));
    if (existing) return existing;
    for (const m of candidates) {
      const successor = this.successorOn(m, date);
      if (successor) return successor;
    }
    return null;
  }

  successorOn(m: Municipality, date: string): Municipality | null {
    let current: Municipality | undefined = m;
    for (let hops = 0; current && hops < 10; hops += 1) {
      if (existsOn(current, date)) return current;
      current = current.opgegaan_in ? this.byNis.get(current.opgegaan_in) : undefined;
    }
    return null;
  }
}
