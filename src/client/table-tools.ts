// Sorting and filtering for tables marked data-sortable / data-filterable. Tables are complete
// and readable without this script; it only adds buttons in the headers and a filter box.

/**
 * Dutch-formatted cell text to a number ("38,4%" -> 38.4, "1.176" -> 1176, "25,0% (2 van 8)" ->
 * 25, "18,8% (3 van 16); 1 onbekend" -> 18.8), or null. What follows the number in brackets or
 * after a semicolon says what the share is of; it does not sort.
 */
export function cellNumber(text: string): number | null {
  const cleaned = text
    .split(/\s*[(;]/, 1)[0]!
    .replace(/[%\s]/g, '')
    .replace(/\./g, '')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

function sortTable(table: HTMLTableElement, column: number, ascending: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  const key = (row: HTMLTableRowElement): string => row.cells[column]?.textContent?.trim() ?? '';
  rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const [nx, ny] = [cellNumber(x), cellNumber(y)];
    const order =
      nx !== null && ny !== null
        ? nx - ny
        : nx !== null
          ? -1
          : ny !== null
            ? 1
            : x.localeCompare(y, 'nl');
    return ascending ? order : -order;
  });
  body.append(...rows);
}

function enhanceSorting(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  // Says what a click did, for screen readers (the arrow in the header shows it to the eye).
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  (table.closest('.table-scroll') ?? table).after(status);
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      sortTable(table, column, ascending);
      status.textContent = `Gesorteerd op ${button.textContent?.trim() ?? ''}, ${ascending ? 'oplopend' : 'aflopend'}.`;
    });
  });
}

function enhanceFiltering(table: HTMLTableElement, index: number): void {
  const body = table.tBodies[0];
  if (!body) return;
  const wrapper = document.createElement('div');
  wrapper.className = 'table-filter no-print';
  const id = `tabelfilter-${index}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = 'Filter de tabel';
  const input = document.createElement('input');
  input.type = 'search';
  input.id = id;
  input.autocomplete = 'off';
  const selects: { column: number; select: HTMLSelectElement; key: string }[] = [];
  const controls = document.createElement('div');
  controls.className = 'filter-controls';
  controls.append(label, input);
  for (const spec of (table.dataset.filterColumns ?? '').split(',').filter(Boolean)) {
    const column = Number(spec);
    const th = table.tHead?.rows[0]?.cells[column];
    const values = [
      ...new Set([...body.rows].map((r) => r.cells[column]?.textContent?.trim() ?? '')),
    ].sort((a, b) => a.localeCompare(b, 'nl'));
    const select = document.createElement('select');
    select.id = `${id}-${column}`;
    const selectLabel = document.createElement('label');
    selectLabel.htmlFor = select.id;
    selectLabel.textContent = th?.textContent?.trim() ?? 'Kolom';
    select.append(new Option('alle', ''), ...values.map((v) => new Option(v, v)));
    controls.append(selectLabel, select);
    selects.push({ column, select, key: paramKey(selectLabel.textContent) });
  }
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'meta';
  wrapper.append(controls, status);
  const scroller = table.closest('.table-scroll') ?? table;
  scroller.before(wrapper);
  const apply = (): void => {
    const needle = input.value.trim().toLowerCase();
    let shown = 0;
    for (const row of body.rows) {
      const textOk = needle === '' || (row.textContent ?? '').toLowerCase().includes(needle);
      const selectOk = selects.every(
        ({ column, select }) =>
          select.value === '' || row.cells[column]?.textContent?.trim() === select.value,
      );
      row.hidden = !(textOk && selectOk);
      if (!row.hidden) shown += 1;
    }
    status.textContent = `${shown} van ${body.rows.length} rijen getoond.`;
    if (index === 0) writeState(input.value, selects);
  };
  input.addEventListener('input', apply);
  for (const { select } of selects) select.addEventListener('change', apply);
  // The first table's filter lives in the address, so a filtered list can be shared and reloaded.
  if (index === 0) {
    const params = new URLSearchParams(location.search);
    input.value = params.get('filter') ?? '';
    for (const { select, key } of selects) {
      const value = params.get(key);
      if (value !== null && [...select.options].some((o) => o.value === value))
        select.value = value;
    }
    if (input.value !== '' || selects.some(({ select }) => select.value !== '')) {
      apply();
      // A shared filtered list shows its rows: a folded table (details) opens.
      const folded = table.closest('details');
      if (folded) folded.open = true;
    }
  }
}

/** "Gelijke Kansen" -> "gelijke-kansen": a column's name in the address. */
function paramKey(label: string | null): string {
  return (label ?? 'kolom')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function writeState(text: string, selects: { select: HTMLSelectElement; key: string }[]): void {
  const params = new URLSearchParams(location.search);
  if (text.trim() === '') params.delete('filter');
  else params.set('filter', text.trim());
  for (const { select, key } of selects) {
    if (select.value === '') params.delete(key);
    else params.set(key, select.value);
  }
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/**
 * A written scroll cue above a table that is wider than its box (the edge shadow in CSS is the
 * cue without JS); it follows the box's width, e.g. when a phone turns.
 */
function addScrollCue(scroller: HTMLElement): void {
  const cue = document.createElement('p');
  cue.className = 'scroll-cue';
  cue.textContent = 'Breder dan het scherm: schuif de tabel opzij voor meer kolommen →';
  cue.hidden = true;
  scroller.before(cue);
  new ResizeObserver(() => {
    cue.hidden = scroller.scrollWidth <= scroller.clientWidth + 1;
  }).observe(scroller);
}

document
  .querySelectorAll<HTMLTableElement>('table[data-sortable]')
  .forEach((t) => enhanceSorting(t));
document.querySelectorAll<HTMLElement>('.table-scroll').forEach((s) => addScrollCue(s));
document
  .querySelectorAll<HTMLTableElement>('table[data-filterable]')
  .forEach((t, i) => enhanceFiltering(t, i));
