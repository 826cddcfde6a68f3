// One-sentence summaries of charts, generated from the same numbers the chart shows.
import type { ShareGroupCount } from '../domain/balance.ts';
import { formatCount, formatShare } from './format.ts';

export function trendSummary(
  label: string,
  first: { jaar: number; share: number | null },
  last: { jaar: number; share: number | null },
): string {
  if (first.share === null || last.share === null)
    return `Voor ${label} zijn te weinig gegevens om een trend te tonen.`;
  if (first.jaar === last.jaar)
    return `In ${last.jaar} bezetten vrouwen ${formatShare(last.share)} van de zetels in ${label}.`;
  const diff = last.share - first.share;
  const direction =
    Math.abs(diff) < 0.005 ? 'bleef ongeveer gelijk op' : diff > 0 ? 'steeg van' : 'daalde van';
  return direction.startsWith('bleef')
    ? `Het aandeel vrouwen in ${label} ${direction} ${formatShare(last.share)} tussen ${first.jaar} en ${last.jaar}.`
    : `Het aandeel vrouwen in ${label} ${direction} ${formatShare(first.share)} in ${first.jaar} naar ${formatShare(last.share)} in ${last.jaar}.`;
}

/** "Van de 589 gremia met gegevens in 2025 hebben er 301 40% tot en met 60% vrouwen, 204 minder dan 40% en 84 meer dan 60%." */
export function shareGroupSummary(groups: readonly ShareGroupCount[], jaar: number): string {
  const n = (groep: ShareGroupCount['groep']) =>
    formatCount(groups.find((g) => g.groep === groep)?.n_gremia ?? 0);
  const total = formatCount(groups[0]?.n_gremia_met_gegevens ?? 0);
  return `Van de ${total} gremia met gegevens in ${jaar} hebben er ${n('40_60')} 40% tot en met 60% vrouwen, ${n('onder_40')} minder dan 40% en ${n('boven_60')} meer dan 60%.`;
}
