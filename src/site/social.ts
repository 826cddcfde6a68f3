// Which social image belongs to which page, and what it shows.
import type { SocialCard } from '../charts/social-card.ts';
import type { Indexes } from './entities.ts';
import { formatDate } from './format.ts';
import { isDemo } from '../domain/source-kinds.ts';
import { institutionKind, mandatenKind, sectorKind } from './kinds.ts';
import {
  institutionKeyFigure,
  municipalityKeyFigure,
  provinceKeyFigure,
  sectorKeyFigure,
  dutchMunicipalityKeyFigure,
  dutchProvinceKeyFigure,
  type KeyFigure,
} from './key-figures.ts';

export type SocialKind = 'sectoren' | 'instellingen' | 'gemeenten' | 'provincies';

/** Site path of the PNG the build makes for an entity page. */
export function socialImagePath(kind: SocialKind, key: string): string {
  return `/beelden/${kind}/${key}.png`;
}

function card(
  ix: Indexes,
  kind: string,
  title: string,
  key: KeyFigure | null,
  demo: boolean,
): SocialCard {
  const { editie } = ix.site;
  const source = `Bron: ${editie.uitgever} · editie ${formatDate(editie.publicatiedatum)}`;
  return {
    kind,
    title,
    value: key?.value ?? '–',
    label: key?.label ?? 'geen cijfers in deze editie',
    period: key?.period ?? formatDate(editie.publicatiedatum),
    share: key?.share ?? null,
    source: source.length > 90 ? `${source.slice(0, 89)}…` : source,
    demo,
  };
}

/** Every social image of the site: its kind, key and card. */
export function socialCards(ix: Indexes): { kind: SocialKind; key: string; card: SocialCard }[] {
  return [
    ...ix.site.sectoren.map((s) => ({
      kind: 'sectoren' as const,
      key: s.sector,
      card: card(
        ix,
        'Sector',
        s.sector_label,
        sectorKeyFigure(ix, s),
        isDemo(sectorKind(ix.site, s.sector)),
      ),
    })),
    // A Dutch municipality's institution page redirects to its municipality page, which has the card.
    ...ix.site.instellingen
      .filter((i) => !ix.site.gemeentenNl.some((m) => m.instelling_id === i.id))
      .map((i) => ({
        kind: 'instellingen' as const,
        key: i.slug,
        card: card(
          ix,
          'Instelling',
          i.naam,
          institutionKeyFigure(ix, i),
          isDemo(institutionKind(ix.site, i)),
        ),
      })),
    ...ix.site.gemeenten.map((m) => ({
      kind: 'gemeenten' as const,
      key: m.slug,
      card: card(
        ix,
        `Gemeente · provincie ${m.provincie}`,
        m.naam,
        municipalityKeyFigure(ix, m),
        isDemo(mandatenKind(ix.site)),
      ),
    })),
    ...ix.site.gemeentenNl.map((m) => ({
      kind: 'gemeenten' as const,
      key: m.slug,
      card: card(
        ix,
        `Gemeente · provincie ${m.provincie}`,
        m.naam,
        dutchMunicipalityKeyFigure(ix.site, m),
        false,
      ),
    })),
    ...(ix.site.gemeentenNl.length > 0 ? ix.site.provinciesNl : []).map((p) => ({
      kind: 'provincies' as const,
      key: p.slug,
      card: card(ix, 'Provincie in Nederland', p.naam, dutchProvinceKeyFigure(ix.site, p), false),
    })),
    ...ix.site.provincies.map((p) => ({
      kind: 'provincies' as const,
      key: p.slug,
      card: card(
        ix,
        'Provincie',
        p.naam,
        provinceKeyFigure(ix, p.naam),
        isDemo(mandatenKind(ix.site)),
      ),
    })),
  ];
}
