// The names a search can be about (sectors, provinces, municipalities, localities and topic
// pages) with their page: fetched by the search page only when a query finds nothing, to suggest
// the nearest name ("gnet" -> Gent). Institutions are left out: thousands, and found by search.
import type { APIRoute } from 'astro';
import { indexes } from '../../site/entities.ts';
import { searchSuggestions } from '../../site/search-suggestions.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchSuggestions(indexes().site)), {
    headers: { 'Content-Type': 'application/json' },
  });
