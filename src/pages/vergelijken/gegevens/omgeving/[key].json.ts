// The figures an entity is compared with, per period, once per sector or province (the cards of
// its members name this file; /vergelijken/ joins them in the browser).
import type { APIRoute } from 'astro';
import { indexes, provinceSlug } from '../../../../site/entities.ts';
import {
  cardJson,
  provinceEnvironment,
  sectorEnvironment,
  type CompareEnvironment,
} from '../../../../site/compare-cards.ts';

export function getStaticPaths() {
  const ix = indexes();
  return [
    ...ix.site.sectoren
      .filter((s) => ix.sectorRows.has(s.sector))
      .map((s) => ({
        params: { key: `sector-${s.sector}` },
        props: { environment: sectorEnvironment(ix, s.sector) },
      })),
    ...ix.site.provincies.map((p) => ({
      params: { key: `provincie-${provinceSlug(p.naam)}` },
      props: { environment: provinceEnvironment(ix, p.naam) },
    })),
  ];
}

export const GET: APIRoute = ({ props }) =>
  new Response(cardJson((props as { environment: CompareEnvironment }).environment), {
    headers: { 'Content-Type': 'application/json' },
  });
