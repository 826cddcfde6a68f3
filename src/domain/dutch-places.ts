// Dutch municipalities and provinces as pages know them (SITE.md §1, §6): the register's
// organisations with a page address of their own, the names people search for, and the twelve
// provinces. An address once published stays with its municipality; a new one never takes a
// published address (a Flemish municipality's or province's slug gets the Dutch one a suffix).
import { slugify } from './text.ts';
import { PROVINCES_NL } from './roo.ts';

export interface DutchMunicipality {
  /** the register's organisation id: gm0363 */
  instelling_id: string;
  /** the name without "Gemeente ": Amsterdam */
  naam: string;
  /** the register's official name: Gemeente Amsterdam */
  officieel: string;
  provincie: string;
  slug: string;
  /** the CBS name ('s-Gravenhage, Bergen (NH.)) and other names (Den Haag, Den Bosch) */
  aliassen: string[];
  /** places (woonplaatsen, districts) in the municipality, for search */
  plaatsen: string[];
  /** the latest register date that lists it */
  laatste_peildatum: string;
}

export interface DutchProvince {
  afkorting: string;
  naam: string;
  slug: string;
  aliassen: string[];
}

export interface PlaceNames {
  naam: string;
  aliassen: string[];
  plaatsen: string[];
}

/** "Gemeente Amsterdam" -> "Amsterdam". */
export function shortName(official: string): string {
  return official.replace(/^Gemeente\s+/i, '').trim() || official;
}

/** A slug of its own: the published one, else the name's, else with -nl and a number. */
function claimSlug(
  name: string,
  entity: string,
  taken: Set<string>,
  published: ReadonlyMap<string, string>,
): string {
  for (const [slug, owner] of published)
    if (owner === entity && `gemeente:${slug}` !== entity) return slug;
  const base = slugify(name) || 'gemeente';
  for (const candidate of [base, `${base}-nl`]) if (!taken.has(candidate)) return candidate;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-nl-${n}`)) return `${base}-nl-${n}`;
}

/**
 * Every municipality any register export lists, named after its latest export. `taken` holds
 * the slugs other pages hold (Flemish municipalities); `published` maps a published slug to the
 * entity it showed ("gemeente:gm0363").
 */
export function dutchMunicipalities(
  organisations: readonly {
    instelling_id: string;
    instelling: string;
    provincie: string;
    peildatum: string;
  }[],
  names: ReadonlyMap<string, PlaceNames>,
  taken: ReadonlySet<string>,
  published: ReadonlyMap<string, string>,
): DutchMunicipality[] {
  const latest = new Map<string, (typeof organisations)[number]>();
  for (const o of organisations) {
    const seen = latest.get(o.instelling_id);
    if (!seen || o.peildatum > seen.peildatum) latest.set(o.instelling_id, o);
  }
  const used = new Set([...taken, ...published.keys()]);
  const result: DutchMunicipality[] = [];
  for (const o of [...latest.values()].sort((a, b) =>
    a.instelling_id.localeCompare(b.instelling_id),
  )) {
    const naam = shortName(o.instelling);
    const entity = `gemeente:${o.instelling_id}`;
    // /gemeenten/gm0363/ is the code's alias (a redirect to the page), never the page's slug.
    const own = [...published].find(
      ([slug, owner]) => owner === entity && slug !== o.instelling_id,
    )?.[0];
    const slug = own ?? claimSlug(naam, entity, used, published);
    used.add(slug);
    const ref = names.get(o.instelling_id);
    const aliassen = [...new Set([ref?.naam ?? '', ...(ref?.aliassen ?? [])])].filter(
      (a) => a !== '' && a.toLowerCase() !== naam.toLowerCase(),
    );
    result.push({
      instelling_id: o.instelling_id,
      naam,
      officieel: o.instelling,
      provincie: o.provincie,
      slug,
      aliassen,
      plaatsen: ref?.plaatsen ?? [],
      laatste_peildatum: o.peildatum,
    });
  }
  return result;
}

/**
 * The twelve provinces, each with a slug that no Flemish province page holds; `aliases` are the
 * names readers use besides the official one (referentie/provincies-nl.csv: Fryslân, Friesland).
 */
export function dutchProvinces(
  taken: ReadonlySet<string>,
  aliases: ReadonlyMap<string, string[]>,
): DutchProvince[] {
  return Object.entries(PROVINCES_NL).map(([afkorting, naam]) => {
    const base = slugify(naam);
    return {
      afkorting,
      naam,
      slug: taken.has(base) ? `${base}-nl` : base,
      aliassen: aliases.get(afkorting) ?? [],
    };
  });
}
