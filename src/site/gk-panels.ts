// Small-multiple panels of the Gelijke Kansen status per province, drawn from the same rows as
// gelijke-kansen-status.csv (computeGkStatusShares), so every label is a value of that file.
import type { Panel } from '../charts/small-multiples.ts';
import type { GkStatusShare } from '../domain/municipality-figures.ts';
import { formatShare } from './format.ts';
import { GK_STATUS_LABELS } from './municipalities.ts';

export function gkPanels(rows: readonly GkStatusShare[]): Panel[] {
  const provinces = [...new Set(rows.map((r) => r.provincie))];
  return provinces.map((provincie) => ({
    title: provincie,
    bars: rows
      .filter((r) => r.provincie === provincie)
      .map((r) => ({
        label: GK_STATUS_LABELS[r.gk_status],
        value: r.aandeel ?? 0,
        display: `${r.n_gemeenten} (${formatShare(r.aandeel, 0)})`,
        highlight: r.gk_status === 'schepen',
      })),
  }));
}
