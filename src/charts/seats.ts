// One mark per seat of a single board: women as filled circles, men as open squares, others as
// triangles, so the shape alone tells them apart. The legend sits under the seats and the demo
// mark above them, so neither covers a seat.
import {
  CHART_WIDTH,
  FONT,
  LINE,
  demoBand,
  svgDocument,
  textWidth,
  type ChartOptions,
} from './svg.ts';

const SIZE = 24;

/** A seat's mark; the legend's marks look the same but are classed key-*, not seat-*. */
function seatMark(kind: 'v' | 'm' | 'x', cx: number, cy: number, role = 'seat'): string {
  const cls = `${role}-${kind}`;
  if (kind === 'v')
    return `<circle cx="${cx}" cy="${cy}" r="8" class="${cls}" fill="currentColor"/>`;
  if (kind === 'm')
    return `<rect x="${cx - 7}" y="${cy - 7}" width="14" height="14" class="${cls}" fill="none" stroke="currentColor" stroke-width="2.5"/>`;
  return `<path d="M${cx} ${cy - 8}L${cx + 8} ${cy + 7}H${cx - 8}Z" class="${cls}" fill="none" stroke="currentColor" stroke-width="2"/>`;
}

export function renderSeatDiagram(
  counts: { vrouwen: number; mannen: number; x: number },
  options: ChartOptions & { id: string },
): string {
  const width = options.width ?? CHART_WIDTH;
  const perRow = Math.floor((width - 8) / SIZE);
  const total = counts.vrouwen + counts.mannen + counts.x;
  const rows = Math.max(1, Math.ceil(total / perRow));
  const top = demoBand(options.demo);
  const parts: string[] = [];
  const kinds: ('v' | 'm' | 'x')[] = [
    ...Array<'v'>(counts.vrouwen).fill('v'),
    ...Array<'m'>(counts.mannen).fill('m'),
    ...Array<'x'>(counts.x).fill('x'),
  ];
  kinds.forEach((kind, i) => {
    const cx = 4 + (i % perRow) * SIZE + SIZE / 2;
    const cy = top + 4 + Math.floor(i / perRow) * SIZE + SIZE / 2;
    parts.push(seatMark(kind, cx, cy));
  });
  // Legend entries flow left to right and wrap when the next one does not fit.
  const entries: { kind: 'v' | 'm' | 'x'; text: string }[] = [
    { kind: 'v', text: `vrouw (${counts.vrouwen})` },
    { kind: 'm', text: `man (${counts.mannen})` },
    ...(counts.x > 0 ? [{ kind: 'x' as const, text: `anders/onbekend (${counts.x})` }] : []),
  ];
  let lx = 0;
  let ly = top + 4 + rows * SIZE + 10;
  for (const entry of entries) {
    const w = 22 + textWidth(entry.text) + 16;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += LINE + 6;
    }
    parts.push(
      seatMark(entry.kind, lx + 10, ly + 9, 'key'),
      `<text x="${lx + 22}" y="${ly + FONT}" font-size="${FONT}" fill="currentColor">${entry.text}</text>`,
    );
    lx += w;
  }
  const height = ly + LINE + 6;
  return svgDocument(width, height, options, parts);
}
