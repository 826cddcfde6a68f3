// Small-multiple panels of the Gelijke Kansen status per province.
import type { Panel } from '../charts/small-multiples.ts';
import { GK_STATUSES } from '../domain/mandaten.ts';
import type { ProvinceFigures } from '../domain/municipality-figures.ts';
import { GK_STATUS_LABELS } from './municipalities.ts';

export function gkPanels(provinces: ProvinceFigures[]): Panel[] {
  return provinces.map((p) => ({
    title: p.provincie,
    bars: GK_STATUSES.map((status) => {
      const n = p.status[status];
      const percent = Math.round((n / p.n_gemeenten) * 100);
      return {
        label: GK_STATUS_LABELS[status],
        value: n / p.n_gemeenten,
        display: `${n} (${percent}%)`,
        highlight: status === 'schepen',
      };
    }),
  }));
}
