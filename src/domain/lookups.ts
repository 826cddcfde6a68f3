// Lookup tables (DATA.md §5) as typed maps from a normalised source label to its canonical value.
import { z } from 'zod';
import { normaliseLabel } from './text.ts';

export const GROEPEN = ['publiek', 'semipubliek'] as const;
export const GREMIUM_CODES = [
  'rvb',
  'rvt',
  'college',
  'raad',
  'directie',
  'adviesraad',
  'overig',
] as const;
export type GremiumCode = (typeof GREMIUM_CODES)[number];
export const GREMIUM_SOORTEN = [
  'bestuur',
  'toezicht',
  'volksvertegenwoordiging',
  'advies',
] as const;

export const SectorRowSchema = z.object({
  label: z.string().min(1),
  sector: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,63}$/,
      'slug van kleine letters, cijfers en streepjes (hoogstens 64)',
    )
    // `totaal` is the row over all sectors in sectoren.csv: a sector by that name would hide it.
    .refine((s) => s !== 'totaal', "'totaal' is gereserveerd voor het totaal over alle sectoren"),
  sector_label: z.string().min(1),
  groep: z.enum(GROEPEN),
});
export type Sector = Omit<z.infer<typeof SectorRowSchema>, 'label'>;

export const GremiumTypeRowSchema = z.object({
  label: z.string().min(1),
  code: z.enum(GREMIUM_CODES),
  code_label: z.string().min(1),
  soort: z.enum(GREMIUM_SOORTEN),
});
export type GremiumType = Omit<z.infer<typeof GremiumTypeRowSchema>, 'label'>;

export const BeleidsdomeinRowSchema = z.object({
  label: z.string().min(1),
  thema: z.string().min(1),
});

/**
 * lookups/roo-functies.csv: per register organisation type, which function holds a seat on which
 * board (`-` = not a board seat); `voorzitter` marks the function that chairs it (the burgemeester).
 */
/**
 * What lookups/roo-functies.csv says of one function of one organisation type: a seat on a board
 * or not, and a role (DATA.md §8.2) or none. A function may be both (the burgemeester).
 */
export type FunctionRule =
  | { seat: false; rol: string | null }
  | {
      seat: true;
      gremium_type: GremiumCode;
      gremium: string;
      voorzitter: boolean;
      rol: string | null;
    };

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const RooFunctieRowSchema = z
  .object({
    type: z.string().min(1),
    functie: z.string().min(1),
    gremium_type: z.enum([...GREMIUM_CODES, '-']),
    gremium: z.string().default(''),
    voorzitter: z
      .enum(['ja', 'nee', ''])
      .default('')
      .transform((v) => v === 'ja'),
    rol: z
      .string()
      .regex(/^([a-z0-9][a-z0-9-]{0,63})?$/, 'slug van kleine letters, cijfers en streepjes')
      .default('')
      .transform((v) => v || null),
  })
  .refine((r) => r.gremium_type === '-' || r.gremium !== '', {
    message: 'een functie met een zetel heeft een gremium (naam van het bestuur) nodig',
    path: ['gremium'],
  });

export const ROL_GROEPEN = ['politiek', 'ambtelijke top'] as const;

/** lookups/rollen.csv: the label and group of each role slug of roo-functies.csv. */
export const RolRowSchema = z.object({
  rol: z.string().regex(SLUG, 'slug van kleine letters, cijfers en streepjes'),
  label: z.string().min(1).max(100),
  groep: z.enum(ROL_GROEPEN),
});
export type RoleLabel = z.infer<typeof RolRowSchema>;

/** lookups/verkiezingsdata.csv: election days, the context of register dates around them. */
export const VerkiezingsdatumRowSchema = z.object({
  verkiezing: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'code van de verkiezing (GR2026)'),
  datum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum jjjj-mm-dd'),
  omschrijving: z.string().min(1).max(200),
});
export type ElectionDay = z.infer<typeof VerkiezingsdatumRowSchema>;

export interface Lookups {
  sectors: Map<string, Sector>;
  gremiumTypes: Map<string, GremiumType>;
  /** normalised label -> thema ('-' excludes) */
  beleidsdomeinen: Map<string, string>;
  /** rooFunctionKey(type, functie) -> rule */
  rooFuncties: Map<string, FunctionRule>;
  /** normalised organisation type -> its boards, in lookup order */
  rooGremia: Map<string, { gremium_type: GremiumCode; gremium: string }[]>;
  /** normalised organisation type -> its roles, in lookup order */
  rooRollen: Map<string, string[]>;
  /** role slug -> label and group (lookups/rollen.csv) */
  rollen: Map<string, RoleLabel>;
  /** election days, oldest first (lookups/verkiezingsdata.csv) */
  verkiezingsdata: ElectionDay[];
}

export function rooFunctionKey(type: string, functie: string): string {
  return `${normaliseLabel(type)}|${normaliseLabel(functie)}`;
}

/** Canonical sectors in lookup order (first appearance). */
export function canonicalSectors(lookups: Lookups): Sector[] {
  const seen = new Map<string, Sector>();
  for (const s of lookups.sectors.values()) if (!seen.has(s.sector)) seen.set(s.sector, s);
  return [...seen.values()];
}

export function canonicalGremiumTypes(lookups: Lookups): GremiumType[] {
  const seen = new Map<string, GremiumType>();
  for (const t of lookups.gremiumTypes.values()) if (!seen.has(t.code)) seen.set(t.code, t);
  return [...seen.values()];
}

export function lookupKey(label: string): string {
  return normaliseLabel(label);
}
