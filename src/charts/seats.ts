// One mark per seat of a single board: women as filled circles, men as open squares, others as
// triangles, so the shape alone tells them apart.
import { demoMark, svgOpen, type ChartOptions } from './svg.ts';

export function renderSeatDiagram(
  counts: { vrouwen: number; mannen: number; x: number },
  options: ChartOptions & { id: string },
): string {
  const perRow = 15;
  const size = 22;
  const total = counts.vrouwen + counts.mannen + counts.x;
  const rows = Math.max(1, Math.ceil(total / perRow));
  const width = Math.max(260, Math.min(perRow, Math.max(total, 1)) * size + 16);
  const height = rows * size + 40;
  const parts = [svgOpen(width, height, options.title, options.id)];
  const kinds: ('v' | 'm' | 'x')[] = [
    ...Array<'v'>(counts.vrouwen).fill('v'),
    ...Array<'m'>(counts.mannen).fill('m'),
    ...Array<'x'>(counts.x).fill('x'),
  ];
  kinds.forEach((kind, i) => {
    const cx = 8 + (i % perRow) * size + size / 2;
    const cy = 8 + Math.floor(i / perRow) * size + size / 2;
    if (kind === 'v')
      parts.push(`<circle cx="${cx}" cy="${cy}" r="8" class="seat-v" fill="currentColor"/>`);
    else if (kind === 'm')
      parts.push(
        `<rect x="${cx - 7}" y="${cy - 7}" width="14" height="14" class="seat-m" fill="none" stroke="currentColor" stroke-width="2.5"/>`,
      );
    else
      parts.push(
        `<path d="M${cx} ${cy - 8}L${cx + 8} ${cy + 7}H${cx - 8}Z" class="seat-x" fill="none" stroke="currentColor" stroke-width="2"/>`,
      );
  });
  const ly = rows * size + 30;
  parts.push(
    `<circle cx="14" cy="${ly - 4}" r="6" fill="currentColor"/><text x="24" y="${ly}" font-size="12" fill="currentColor">vrouw (${counts.vrouwen})</text>`,
  );
  parts.push(
    `<rect x="100" y="${ly - 10}" width="12" height="12" fill="none" stroke="currentColor" stroke-width="2"/><text x="118" y="${ly}" font-size="12" fill="currentColor">man (${counts.mannen})</text>`,
  );
  if (counts.x > 0)
    parts.push(
      `<text x="190" y="${ly}" font-size="12" fill="currentColor">△ anders/onbekend (${counts.x})</text>`,
    );
  parts.push(demoMark(options.demo, width - 4, 14));
  parts.push('</svg>');
  return parts.join('');
}
