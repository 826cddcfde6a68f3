// The comparison card of one municipality, keyed by its permanent NIS code.
import type { APIRoute } from 'astro';
import { indexes, provinceSlug } from '../../../../site/entities.ts';
import { cardFileJson, municipalityCard } from '../../../../site/compare-cards.ts';
import type { MunicipalityEntry } from '../../../../domain/site-data.ts';

export function getStaticPaths() {
  return indexes().site.gemeenten.map((m) => ({
    params: { nis: m.nis },
    props: { municipality: m },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { municipality } = props as { municipality: MunicipalityEntry };
  return new Response(
    cardFileJson(
      municipalityCard(indexes(), municipality),
      `provincie-${provinceSlug(municipality.provincie)}`,
    ),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
};
