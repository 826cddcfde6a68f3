// Schemas of the canonical records the pipeline produces and pages consume; types inferred.
import { z } from 'zod';
import { BALANCE_CLASSES } from './balance.ts';
import { GREMIUM_CODES, GROEPEN } from './lookups.ts';
import { BRONSOORTEN } from './source-kinds.ts';
import { isContactUrl, isHttpUrl, isRealIsoDate, LIMITS } from './input-rules.ts';
import { slugify } from './text.ts';

const isoDate = z
  .string()
  .refine(isRealIsoDate, 'geen bestaande ISO-datum (jjjj-mm-dd), bv. 2023-10-23');
/** Links from data become hrefs: only absolute http(s) (never javascript:, data: …). */
const httpLink = z.string().refine(isHttpUrl, 'alleen een http(s)-adres is toegestaan');

export const ProvenanceSchema = z.object({
  titel: z.string().optional(),
  url: httpLink.optional(),
  opgehaald: isoDate.optional(),
  licentie: z.string().optional(),
  peildatum: isoDate.optional(),
  voorbeelddata: z.boolean().optional(),
  /** written by npm run data:fetch: checksum of the file as downloaded */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** where this copy came from when it is not the upstream download itself */
  kopie: z
    .object({
      repository: z.string().min(1),
      commit: z.string().regex(/^[0-9a-f]{7,40}$/),
      pad: z.string().min(1),
    })
    .optional(),
  toelichting: z.string().optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** bron.json of a data directory; English key spellings are accepted too. */
export const EditionSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const r = raw as Record<string, unknown>;
    return {
      ...r,
      titel: r.titel ?? r.title,
      uitgever: r.uitgever ?? r.publisher,
      licentie: r.licentie ?? r.licence ?? r.license,
      publicatiedatum:
        r.publicatiedatum ?? r.publicatie_datum ?? r.publication_date ?? r.published ?? r.datum,
    };
  },
  z.object({
    titel: z.string().min(1).default('Genderdiversiteit in de top van de (semi)publieke sector'),
    uitgever: z.string().min(1).default('onbekende uitgever'),
    licentie: z.string().min(1).default('CC-BY-4.0'),
    licentie_url: httpLink.optional(),
    publicatiedatum: isoDate.optional(),
    voorbeelddata: z.boolean().optional(),
    contact: z.string().refine(isContactUrl, 'een http(s)-adres of mailto:adres@domein').optional(),
    /** the origin the site is published at (https://…): absolute links, citations, embeds */
    site_url: httpLink.optional(),
  }),
);
export type Edition = z.infer<typeof EditionSchema>;

/**
 * wijzigingen.json in the data directory: the editions published so far and corrections made
 * since, each correction naming the pages it affects (site paths; a trailing * covers a subtree).
 */
export const ChangelogSchema = z.object({
  edities: z
    .array(
      z.object({
        datum: isoDate,
        titel: z.string().min(1),
        toelichting: z.string().default(''),
        /** an edition of the demo part only (listed as such, never archived) */
        deel: z.enum(['voorbeelddata']).optional(),
      }),
    )
    .default([]),
  correcties: z
    .array(
      z.object({
        datum: isoDate,
        paginas: z
          .array(z.string().regex(/^\/[a-z0-9\-/]*\*?$/, "sitepad zoals '/gemeenten/gent/'"))
          .min(1),
        toelichting: z.string().min(1),
      }),
    )
    .default([]),
});
export type Changelog = z.infer<typeof ChangelogSchema>;
export type Correction = Changelog['correcties'][number];

/** A municipality's or province's name: it becomes a page address, so it must give a slug. */
const placeName = z
  .string()
  .min(1)
  .max(LIMITS.nameLength)
  .refine((s) => slugify(s) !== '', 'de naam geeft geen bruikbaar adres (geen letters of cijfers)');

export const MunicipalitySchema = z.object({
  nis: z.string().regex(/^\d{5}$/, 'NIS-code van 5 cijfers'),
  naam: placeName,
  provincie: placeName,
  arrondissement: z.string().default(''),
  aliassen: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  ontstaan_op: isoDate
    .or(z.literal(''))
    .transform((s) => s || null)
    .default(null),
  opgeheven_op: isoDate
    .or(z.literal(''))
    .transform((s) => s || null)
    .default(null),
  opgegaan_in: z
    .string()
    .regex(/^(\d{5})?$/, 'NIS-code van 5 cijfers')
    .transform((s) => s || null)
    .default(null),
});

export const GremiumRecordSchema = z.object({
  jaar: z.number().int(),
  sector: z.string(),
  sector_label: z.string(),
  groep: z.enum(GROEPEN),
  subsector: z.string(),
  instelling_id: z.string().min(1),
  instelling: z.string().min(1),
  gremium_type: z.enum(GREMIUM_CODES),
  gremium_type_label: z.string(),
  gremium: z.string(),
  vrouwen: z.number().int().nonnegative().nullable(),
  mannen: z.number().int().nonnegative().nullable(),
  x: z.number().int().nonnegative().nullable(),
  totaal: z.number().int().nonnegative().nullable(),
  aandeel_vrouwen: z.number().nullable(),
  aandeel_vrouwen_bekend: z.number().nullable(),
  dekking_gender: z.number().nullable(),
  klasse: z.enum(BALANCE_CLASSES),
  zetels_tot_evenwicht: z.number().int().nullable(),
  bron: z.string(),
  peildatum: isoDate.nullable(),
  /** Where the row came from, for error reports and provenance. */
  herkomst: z.string(),
  /** register extract, other source file or demo data (DATA.md §6) */
  bronsoort: z.enum(BRONSOORTEN),
});
export type GremiumRecord = z.infer<typeof GremiumRecordSchema>;

const GESLACHT = z.enum(['vrouw', 'man', 'onbekend']);
const GK_STATUS = z.enum(['schepen', 'burgemeester', 'geen', 'onbekend']);
const count = z.number().int().nonnegative();

/** One mandataris record (all export rows of one `mandataris` URI merged), as figures use it. */
export const MandatarisSchema = z.object({
  persoon: z.string().min(1),
  naam: z.string(),
  functie: z.enum(['burgemeester', 'schepen', 'raadslid']),
  functieLabel: z.string(),
  statusLabel: z.string(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  nis: z.string().regex(/^\d{5}$/),
  fractie: z.string(),
  beleidsdomeinen: z.array(z.string()),
  geslacht: z.string(),
});
export type MandatarisInput = z.infer<typeof MandatarisSchema>;

export const CollegeMemberSchema = z.object({
  naam: z.string(),
  functie: z.string(),
  fractie: z.string(),
  geslacht: GESLACHT,
  beleidsdomeinen: z.array(z.string()),
  gelijke_kansen: z.boolean(),
});
export type CollegeMember = z.infer<typeof CollegeMemberSchema>;

/** A municipality on one peildatum: the row of gemeenten.csv plus what its page shows. */
export const MunicipalityFiguresSchema = z.object({
  peildatum: isoDate,
  nis: z.string().regex(/^\d{5}$/),
  gemeente: z.string(),
  provincie: z.string(),
  in_extract: z.boolean(),
  /** gender is known for at least one counted person (else counts by gender stay empty) */
  geslacht_bekend: z.boolean(),
  burgemeester_geslacht: GESLACHT.nullable(),
  n_schepenen: count.nullable(),
  n_schepenen_vrouw: count.nullable(),
  n_schepenen_man: count.nullable(),
  n_raadsleden: count.nullable(),
  n_raadsleden_vrouw: count.nullable(),
  n_raadsleden_man: count.nullable(),
  gk_status: GK_STATUS,
  gk_schepen: count.nullable(),
  gk_burgemeester: z.union([z.literal(0), z.literal(1)]).nullable(),
  college: z.array(CollegeMemberSchema),
});
export type MunicipalityFigures = z.infer<typeof MunicipalityFiguresSchema>;

/** A province (or Flanders) on one peildatum: the row of provincies.csv plus gender sums. */
export const ProvinceFiguresSchema = z.object({
  peildatum: isoDate,
  provincie: z.string(),
  n_gemeenten: count,
  n_gk_schepen_gemeenten: count,
  n_gk_schepenen: count,
  n_gk_burgemeester: count,
  n_gk_geen: count,
  n_gk_onbekend: count,
  /** gk_status `burgemeester`: the mayor holds it and no schepen does (one of the partition). */
  n_gk_alleen_burgemeester: count,
  status: z.record(GK_STATUS, count),
  n_schepenen: count,
  n_schepenen_vrouw: count,
  n_schepenen_man: count,
  n_raadsleden: count,
  n_raadsleden_vrouw: count,
  n_raadsleden_man: count,
  n_burgemeesters_vrouw: count,
  n_burgemeesters_man: count,
  /** municipalities whose counts by gender are known (the gender sums cover only these) */
  n_gemeenten_geslacht_bekend: count,
});
export type ProvinceFigures = z.infer<typeof ProvinceFiguresSchema>;

/** An institution as its permalink page knows it. */
export const InstitutionSchema = z.object({
  id: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  naam: z.string().min(1),
  sector: z.string(),
  subsector: z.string(),
  jaren: z.array(z.number().int()),
});
export type InstitutionSummary = z.infer<typeof InstitutionSchema>;
