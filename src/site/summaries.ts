// One-sentence summaries of charts, generated from the same numbers the chart shows.
import { formatShare } from './format.ts';

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

export function stripSummary(shares: number[], jaar: number): string {
  const balanced = shares.filter((s) => s >= 0.4 && s <= 0.6).length;
  const below = shares.filter((s) => s < 0.4).length;
  return `Van de ${shares.length} gremia met gegevens in ${jaar} hebben er ${balanced} tussen 40% en 60% vrouwen en ${below} minder dan 40%.`;
}
