// /vergelijken/: reads the selection from the URL (or, without one, from the basket), fetches
// the small card of each compared entity and shows them side by side with their sector or
// province and the whole. Every change is written back to the URL, so the address bar is
// always a link to exactly this comparison.
import { readBasket, writeBasket } from './compare-storage.ts';
import {
  COMPARE_KINDS,
  COMPARE_PARAMS,
  PERIOD_PARAMS,
  formatSelection,
  parseSelection,
  selectionSize,
  toggleKey,
  type CompareKind,
  type CompareSelection,
} from '../site/compare-selection.ts';
import {
  MEASURES,
  comparisonCsv,
  comparisonRows,
  displayValue,
  measureFormat,
  periodsOf,
  type CompareCard,
  type CompareRow,
} from '../site/compare-table.ts';

const base = document.documentElement.dataset.base ?? '/';
const root = document.getElementById('vergelijking');
const status = document.getElementById('vergelijking-status');

const TITLES: Record<CompareKind, { heading: string; period: string; context: string }> = {
  instelling: { heading: 'Instellingen', period: 'Jaar', context: 'sector' },
  gemeente: { heading: 'Gemeenten', period: 'Peildatum', context: 'provincie' },
};
const ROLE_LABELS = { entiteit: '', context: 'ter vergelijking', totaal: 'ter vergelijking' };

let selection: CompareSelection = parseSelection(new URL(location.href).searchParams);
const periods: Partial<Record<CompareKind, string>> = {};
const cards = new Map<string, CompareCard | 'ontbreekt'>();
const blobUrls: string[] = [];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function writeUrl(): void {
  const query = formatSelection(selection, periods);
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

type CardFile = Omit<CompareCard, 'perioden'> & {
  omgeving: string;
  perioden: { periode: string; entiteit: CompareCard['perioden'][number]['entiteit'] }[];
};
type Environment = { perioden: Omit<CompareCard['perioden'][number], 'entiteit'>[] };
const environments = new Map<string, Promise<Environment>>();

/** A card joined with its sector's or province's figures, stored once per environment. */
async function loadCard(kind: CompareKind, key: string): Promise<void> {
  const id = `${kind}:${key}`;
  if (cards.has(id)) return;
  try {
    const response = await fetch(`${base}vergelijken/gegevens/${COMPARE_PARAMS[kind]}/${key}.json`);
    if (!response.ok) {
      cards.set(id, 'ontbreekt');
      return;
    }
    const file = (await response.json()) as CardFile;
    if (!environments.has(file.omgeving))
      environments.set(
        file.omgeving,
        fetch(`${base}vergelijken/gegevens/omgeving/${file.omgeving}.json`).then(
          (r) => r.json() as Promise<Environment>,
        ),
      );
    const environment = await environments.get(file.omgeving)!;
    cards.set(id, {
      ...file,
      perioden: file.perioden.map((p) => {
        const around = environment.perioden.find((e) => e.periode === p.periode);
        return { ...p, context: around?.context ?? null, totaal: around?.totaal ?? null };
      }),
    });
  } catch {
    cards.set(id, 'ontbreekt');
  }
}

function cell(row: CompareRow, kind: CompareKind, onRemove: (key: string) => void) {
  const tr = el('tr', { class: `vergelijk-${row.rol}` });
  const link = el('a', { href: `${base}${row.pad.replace(/^\//, '')}` }, row.naam);
  const th = el('th', { scope: 'row' }, link);
  if (row.rol !== 'entiteit')
    th.append(el('span', { class: 'meta' }, ` (${ROLE_LABELS[row.rol]})`));
  if (row.rol === 'entiteit' && !row.values) {
    th.append(el('span', { class: 'meta' }, ' (geen gegevens voor deze periode)'));
  }
  // Every row says its kind of source; demo rows are marked so no fictional figure passes.
  th.append(
    el(
      'span',
      { class: row.bronsoort === 'voorbeelddata' ? 'kind-badge kind-demo' : 'kind-badge' },
      row.bronsoort === 'voorbeelddata' ? 'voorbeelddata' : row.bronsoort,
    ),
  );
  tr.append(th);
  for (const spec of MEASURES[kind]) {
    const format = measureFormat(spec, row.rol);
    const value = displayValue(row.values?.[spec.key], format, spec.labels);
    tr.append(el('td', format === 'text' ? {} : { class: 'num' }, value));
  }
  const actions = el('td');
  if (row.rol === 'entiteit') {
    const button = el(
      'button',
      { type: 'button', class: 'compare-button' },
      'Verwijder',
      el('span', { class: 'visually-hidden' }, ` ${row.naam}`),
    );
    button.addEventListener('click', () => onRemove(row.sleutel));
    actions.append(button);
  }
  tr.append(actions);
  return tr;
}

function section(kind: CompareKind, list: CompareCard[], missing: string[]): HTMLElement {
  const title = TITLES[kind];
  const headingId = `vergelijk-${kind}`;
  const wrapper = el('section', { 'aria-labelledby': headingId });
  wrapper.append(el('h2', { id: headingId, tabindex: '-1' }, title.heading));
  if (missing.length > 0) {
    wrapper.append(
      el('p', { class: 'notice' }, `Niet gevonden en weggelaten: ${missing.join(', ')}.`),
    );
  }
  const available = periodsOf(list);
  if (available.length === 0) {
    wrapper.append(el('p', {}, 'Voor deze keuze zijn geen cijfers beschikbaar.'));
    return wrapper;
  }
  const periode = periods[kind] ?? available[0]!;

  const selectId = `periode-${kind}`;
  const select = el('select', { id: selectId });
  for (const p of available) select.append(new Option(p, p, p === periode, p === periode));
  select.addEventListener('change', () => {
    periods[kind] = select.value;
    render(`${title.period} ${select.value} gekozen.`);
    document.getElementById(selectId)?.focus();
  });
  wrapper.append(
    el('p', { class: 'compare-period' }, el('label', { for: selectId }, title.period), select),
  );

  const rows = comparisonRows(list, periode);
  const table = el('table');
  table.append(
    el(
      'caption',
      {},
      `${title.heading} vergeleken met hun ${title.context} en het geheel, ${periode}`,
    ),
  );
  const headRow = el('tr', {}, el('th', { scope: 'col' }, 'Naam'));
  for (const spec of MEASURES[kind]) {
    const th = el('th', { scope: 'col' }, spec.label);
    if (spec.contextNote) th.append(el('sup', {}, '*'));
    if (spec.format !== 'text') th.className = 'num';
    headRow.append(th);
  }
  headRow.append(el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Acties')));
  table.append(el('thead', {}, headRow));
  const body = el('tbody');
  const remove = (key: string) => {
    selection = toggleKey(selection, kind, key);
    writeBasket(selection);
    render('Verwijderd uit de vergelijking.');
    document.querySelector<HTMLElement>('#vergelijking h2, #vergelijking-leeg')?.focus();
  };
  for (const row of rows) body.append(cell(row, kind, remove));
  table.append(body);
  wrapper.append(
    el(
      'div',
      {
        class: 'table-scroll',
        tabindex: '0',
        role: 'group',
        'aria-label': `Vergelijking: ${title.heading.toLowerCase()}`,
      },
      table,
    ),
  );

  const notes = MEASURES[kind].filter((m) => m.contextNote);
  if (notes.length > 0) {
    wrapper.append(
      el(
        'p',
        { class: 'meta' },
        `* ${notes.map((m) => `${m.label}: ${m.contextNote}.`).join(' ')}`,
      ),
    );
  }
  const csv = comparisonCsv(kind, periode, rows);
  const blobUrl = URL.createObjectURL(
    new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }),
  );
  blobUrls.push(blobUrl);
  const download = el(
    'a',
    {
      href: blobUrl,
      download: `vergelijking-${COMPARE_PARAMS[kind]}-${periode}.csv`,
    },
    `Download deze vergelijking (CSV)`,
  );
  wrapper.append(el('p', {}, download));
  return wrapper;
}

function cardsOf(kind: CompareKind): { list: CompareCard[]; missing: string[] } {
  const list: CompareCard[] = [];
  const missing: string[] = [];
  for (const key of selection[kind]) {
    const card = cards.get(`${kind}:${key}`);
    if (card && card !== 'ontbreekt') list.push(card);
    else missing.push(key);
  }
  return { list, missing };
}

/** Fixes each kind's period (asked for and available, else the newest) and rewrites the URL. */
function settlePeriods(): void {
  for (const kind of COMPARE_KINDS) {
    const available = periodsOf(cardsOf(kind).list);
    const wanted = periods[kind];
    if (!wanted || !available.includes(wanted)) periods[kind] = available[0];
  }
  writeUrl();
}

function render(message: string): void {
  if (!root || !status) return;
  settlePeriods();
  for (const url of blobUrls.splice(0)) URL.revokeObjectURL(url);
  const sections: HTMLElement[] = [];
  for (const kind of COMPARE_KINDS) {
    if (selection[kind].length === 0) continue;
    const { list, missing } = cardsOf(kind);
    sections.push(section(kind, list, missing));
  }
  root.replaceChildren(...sections);
  if (selectionSize(selection) === 0) {
    root.append(
      el(
        'p',
        { id: 'vergelijking-leeg', tabindex: '-1' },
        'Er is nog niets gekozen. Kies "Voeg toe aan vergelijking" op de pagina van een instelling of gemeente, of "Vergelijk" in de tabellen bij Sectoren en Gemeenten.',
      ),
    );
  } else {
    const share = el('p', { class: 'meta' }, 'Link naar deze vergelijking: ');
    share.append(el('a', { href: location.href }, location.href));
    root.append(share);
  }
  status.textContent = message;
}

async function start(): Promise<void> {
  const fromUrl = selectionSize(selection) > 0;
  if (!fromUrl) selection = readBasket();
  const params = new URL(location.href).searchParams;
  for (const kind of COMPARE_KINDS) {
    const period = params.get(PERIOD_PARAMS[kind]);
    if (period) periods[kind] = period;
  }
  await Promise.all(
    COMPARE_KINDS.flatMap((kind) => selection[kind].map((key) => loadCard(kind, key))),
  );
  render(
    selectionSize(selection) === 0
      ? 'Geen keuze om te vergelijken.'
      : `${selectionSize(selection)} gekozen om te vergelijken.`,
  );
}

void start();
