// Search page enhancement: Pagefind is fetched only once the reader shows intent (focus, typing
// or a ?q= in the URL); the query is kept in the URL and result counts are announced. Results
// come 20 at a time ("Toon meer"); a query without results gets the nearest names (a typo) and
// places to browse.
import { nearestNames, suggestionKey, type Suggestion } from '../site/search-suggestions.ts';
import { TERMS_MARKER } from '../site/search-terms.ts';
import {
  exactNamesFirst,
  excerptFromTerms,
  hasExactName,
  NAMES_META,
  TERMS_META,
} from '../site/search-ranking.ts';

interface PagefindResult {
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: {
      title?: string;
      kerncijfer?: string;
      [NAMES_META]?: string;
      [TERMS_META]?: string;
    };
    filters?: Record<string, string[]>;
  }>;
}
interface Pagefind {
  search: (
    q: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
  options?: (o: Record<string, unknown>) => Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('#zoekformulier');
const input = document.querySelector<HTMLInputElement>('#zoekterm');
const statusEl = document.querySelector<HTMLElement>('#zoekstatus');
const list = document.querySelector<HTMLOListElement>('#zoekresultaten');
const typeSelect = document.querySelector<HTMLSelectElement>('#zoektype');
let pagefind: Promise<Pagefind> | null = null;
let latest = 0;

function loadPagefind(): Promise<Pagefind> {
  const base = document.documentElement.dataset.base ?? '/';
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(
    async (pf) => {
      // The index stores paths from the site root; under a sub-path they need the base in front.
      await pf.options?.({ baseUrl: base });
      return pf;
    },
  );
  return pagefind;
}

async function run(query: string): Promise<void> {
  if (!statusEl || !list) return;
  const ticket = ++latest;
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (typeSelect?.value) url.searchParams.set('type', typeSelect.value);
  else url.searchParams.delete('type');
  window.history.replaceState(null, '', url);
  if (query.trim() === '') {
    list.replaceChildren();
    statusEl.textContent = '';
    return;
  }
  const pf = await loadPagefind();
  const type = typeSelect?.value ?? '';
  const { results } = await pf.search(query, type ? { filters: { type } } : {});
  if (ticket !== latest) return;
  list.replaceChildren();
  more?.remove();
  if (results.length === 0) {
    statusEl.textContent = `Geen resultaten voor “${query}”.`;
    await suggest(query, ticket);
    return;
  }
  const ranked = await exactFirst(results, query);
  await showPage(ranked.results, 0, query, ticket);
  // Results, but none named as typed: perhaps a typo ("gnet" finds a page that mentions it).
  if (!ranked.exact) await suggest(query, ticket, { browse: false, before: true });
}

/** How many of Pagefind's top results are checked for an exact name (their data is fetched). */
const EXACT_WINDOW = 40;

/** The results with those whose title or names equal the query first (search-ranking.ts). */
async function exactFirst(
  results: PagefindResult[],
  query: string,
): Promise<{ results: PagefindResult[]; exact: boolean }> {
  const head = results.slice(0, EXACT_WINDOW);
  const data = await Promise.all(head.map((r) => r.data()));
  const named = data.map((d) => ({ title: d.meta.title, namen: d.meta[NAMES_META] }));
  const order = exactNamesFirst(query, named);
  return {
    results: [...order.map((i) => head[i]!), ...results.slice(EXACT_WINDOW)],
    exact: hasExactName(query, named),
  };
}

const PAGE = 20;
let more: HTMLButtonElement | null = null;

async function showPage(
  results: PagefindResult[],
  from: number,
  query: string,
  ticket: number,
): Promise<void> {
  if (!statusEl || !list) return;
  const page = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
  if (ticket !== latest) return;
  list.append(...page.map(resultItem));
  const shown = Math.min(results.length, from + PAGE);
  statusEl.textContent = `${results.length} resultaten voor “${query}”${results.length > shown ? `, de eerste ${shown} staan hieronder` : ''}.`;
  more?.remove();
  if (shown < results.length) {
    more = document.createElement('button');
    more.type = 'button';
    more.className = 'button';
    more.textContent = `Toon meer resultaten (${Math.min(PAGE, results.length - shown)} van de ${results.length - shown} overige)`;
    more.addEventListener('click', () => {
      // Focus moves to the first new result, so keyboard users continue where the list grew.
      const firstNew = list.children.length;
      void showPage(results, shown, query, ticket).then(() =>
        list.children[firstNew]?.querySelector('a')?.focus(),
      );
    });
    list.after(more);
  }
}

function resultItem(d: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  const meta = document.createElement('p');
  meta.className = 'meta';
  // Every result says its kind of source, so a fictional figure never passes for a real one.
  meta.textContent = [d.filters?.type?.[0], d.filters?.bron?.[0], d.meta.kerncijfer]
    .filter(Boolean)
    .join(' · ');
  li.append(a, meta);
  // An excerpt from the hidden block of search terms says nothing to a reader: left out.
  if (!d.excerpt.includes(TERMS_MARKER) && !excerptFromTerms(d.excerpt, d.meta[TERMS_META])) {
    const p = document.createElement('p');
    // Pagefind's excerpt marks hits with <mark>; it is built from our own escaped pages.
    p.innerHTML = d.excerpt;
    li.append(p);
  }
  return li;
}

let names: Promise<Suggestion[]> | null = null;

/**
 * The nearest names (a typo, a locality) and, without results, places to browse instead; with
 * results the suggestion stands above them.
 */
async function suggest(
  query: string,
  ticket: number,
  options: { browse: boolean; before: boolean } = { browse: true, before: false },
): Promise<void> {
  if (!list) return;
  const base = document.documentElement.dataset.base ?? '/';
  names ??= fetch(`${base}zoeken/namen.json`).then((r) => r.json() as Promise<Suggestion[]>);
  // Beside results, only names spelled differently from the query are a suggestion.
  const nearest = nearestNames(query, await names).filter(
    (s) => options.browse || suggestionKey(s.naam) !== suggestionKey(query),
  );
  if (ticket !== latest) return;
  const link = (s: Suggestion) => {
    const a = document.createElement('a');
    a.href = `${base}${s.pad.replace(/^\//, '')}`;
    a.textContent = s.naam;
    return a;
  };
  const items: HTMLElement[] = [];
  if (!options.browse && nearest.length === 0) return;
  if (nearest.length > 0) {
    const p = document.createElement('p');
    p.append('Bedoelde u ');
    nearest.forEach((s, i) =>
      p.append(i > 0 ? (i === nearest.length - 1 ? ' of ' : ', ') : '', link(s)),
    );
    p.append('?');
    items.push(p);
  }
  if (options.browse) {
    const browse = document.createElement('p');
    browse.append('Of blader: ');
    [
      { naam: 'Sectoren', pad: '/sectoren/' },
      { naam: 'Gemeenten', pad: '/gemeenten/' },
      { naam: 'Gelijke Kansen', pad: '/gelijke-kansen/' },
      { naam: 'Methode', pad: '/methode/' },
    ].forEach((s, i) => browse.append(i > 0 ? ' · ' : '', link(s)));
    items.push(browse);
  }
  const li = document.createElement('li');
  li.className = 'no-results';
  li.append(...items);
  if (options.before) list.prepend(li);
  else list.append(li);
}

if (form && input) {
  let timer: number | undefined;
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  typeSelect?.addEventListener('change', () => void run(input.value));
  const params = new URLSearchParams(window.location.search);
  if (typeSelect) typeSelect.value = params.get('type') ?? '';
  const initial = params.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
export {};
