// Election results beside the register (DATA.md §9): what an election page shows and the rows of
// verkiezingen.csv. Types only; the reader is src/pipeline/read-kiesraad.ts.
import type { Provenance } from './records.ts';

/** An election as its page shows it: the results read and the municipalities it lacks. */
export interface ElectionSummary {
  verkiezing: string;
  datum: string;
  map: string;
  bron: Provenance | null;
  n_gemeenten: number;
  /** the register edition right after the election, the one its council is compared with */
  register_peildatum: string | null;
  /** municipalities of that register edition without a result file */
  ontbrekend: { instelling_id: string; instelling: string; provincie: string }[];
}

/** One row of verkiezingen.csv: the council as elected, per municipality. */
export interface ElectionRow {
  verkiezing: string;
  datum: string;
  instelling_id: string;
  instelling: string;
  provincie: string;
  bestand: string;
  vrouwen: number;
  mannen: number;
  x: number;
}
