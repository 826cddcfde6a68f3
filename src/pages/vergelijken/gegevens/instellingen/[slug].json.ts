// The comparison card of one institution (fetched by /vergelijken/ only when compared).
import type { APIRoute } from 'astro';
import { indexes } from '../../../../site/entities.ts';
import { cardFileJson, institutionCard } from '../../../../site/compare-cards.ts';
import type { InstitutionSummary } from '../../../../domain/site-data.ts';

export function getStaticPaths() {
  return indexes().site.instellingen.map((i) => ({
    params: { slug: i.slug },
    props: { institution: i },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { institution } = props as { institution: InstitutionSummary };
  return new Response(
    cardFileJson(institutionCard(indexes(), institution), `sector-${institution.sector}`),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
};
