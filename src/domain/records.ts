// Schemas of the canonical records the pipeline produces and pages consume; types inferred.
import { z } from 'zod';
import { BALANCE_CLASSES } from './balance.ts';
import { GREMIUM_CODES, GROEPEN } from './lookups.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO-datum (jjjj-mm-dd)');

export const ProvenanceSchema = z.object({
  titel: z.string().optional(),
  url: z.string().optional(),
  opgehaald: isoDate.optional(),
  licentie: z.string().optional(),
  peildatum: isoDate.optional(),
  voorbeelddata: z.boolean().optional(),
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
    licentie_url: z.string().optional(),
    publicatiedatum: isoDate.optional(),
    voorbeelddata: z.boolean().optional(),
    contact: z.string().optional(),
  }),
);
export type Edition = z.infer<typeof EditionSchema>;

export const MunicipalitySchema = z.object({
  nis: z.string().regex(/^\d{5}$/, 'NIS-code van 5 cijfers'),
  naam: z.string().min(1),
  provincie: z.string().min(1),
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
  klasse: z.enum(BALANCE_CLASSES),
  zetels_tot_evenwicht: z.number().int().nullable(),
  bron: z.string(),
  peildatum: isoDate.nullable(),
  /** Where the row came from, for error reports and provenance. */
  herkomst: z.string(),
});
export type GremiumRecord = z.infer<typeof GremiumRecordSchema>;
