// Views on the municipality figures for pages: latest peildatum, labels of statuses.
import { shareOf } from '../domain/municipality-figures.ts';
import type { GkStatus } from '../domain/mandaten.ts';
import type { MunicipalityFigures } from '../domain/municipality-figures.ts';
import type { SiteData } from '../domain/site-data.ts';
import { formatCount, formatDate } from './format.ts';

/** The values of gk_status in gemeenten.csv, capitalised: the same words on pages and in files. */
export const GK_STATUS_LABELS: Record<GkStatus, string> = {
  schepen: 'Schepen',
  burgemeester: 'Burgemeester',
  geen: 'Geen',
  onbekend: 'Onbekend',
};

/** What each status means, for the list pages and their links. */
export const GK_STATUS_MEANINGS: Record<GkStatus, string> = {
  schepen: 'minstens één schepen is bevoegd voor Gelijke Kansen',
  burgemeester: 'alleen de burgemeester is bevoegd (geen schepen)',
  geen: 'het college heeft bevoegdheden geregistreerd, maar geen voor Gelijke Kansen',
  onbekend: 'er zijn geen bevoegdheden geregistreerd, of de gemeente staat niet in het extract',
};

export function figuresOn(site: SiteData, peildatum: string | undefined): MunicipalityFigures[] {
  if (!peildatum) return [];
  return site.gemeenteCijfers.filter((r) => r.peildatum === peildatum);
}

/** Share of women among counted persons, or null when gender is not in the source. */
/** The share of women in a body (see shareOf in the domain: one definition). */
export const womenShare = shareOf;

/** "Op 16 juni 2025: burgemeester is een man; 8 schepenen, van wie 2 vrouwen;" */
export function collegeSentence(f: MunicipalityFigures, demo: boolean): string {
  const mayor =
    f.burgemeester_geslacht === 'vrouw'
      ? 'is een vrouw'
      : f.burgemeester_geslacht === 'man'
        ? 'is een man'
        : 'gender onbekend';
  const women = f.geslacht_bekend ? `, van wie ${formatCount(f.n_schepenen_vrouw)} vrouwen` : '';
  return `Op ${formatDate(f.peildatum)}${demo ? ' (voorbeelddata)' : ''}: burgemeester ${mayor}; ${formatCount(f.n_schepenen)} schepenen${women};`;
}
