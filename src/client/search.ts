// Search page enhancement: Pagefind is fetched only once the reader shows intent (focus, typing
// or a ?q= in the URL); the query is kept in the URL and result counts are announced.

interface PagefindResult {
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string; kerncijfer?: string };
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
  const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren(
    ...top.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      // Pagefind's excerpt marks hits with <mark>; it is built from our own escaped pages.
      p.innerHTML = d.excerpt;
      const meta = document.createElement('p');
      meta.className = 'meta';
      // Every result says its kind of source, so a fictional figure never passes for a real one.
      meta.textContent = [d.filters?.type?.[0], d.filters?.bron?.[0], d.meta.kerncijfer]
        .filter(Boolean)
        .join(' · ');
      li.append(a, meta, p);
      return li;
    }),
  );
  statusEl.textContent =
    results.length === 0
      ? `Geen resultaten voor “${query}”.`
      : `${results.length} resultaten voor “${query}”${results.length > 20 ? ', de eerste 20 staan hieronder' : ''}.`;
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
