// The register's CSV pair as organisations.overheid.nl writes it (semicolons, every cell quoted,
// CRLF, BOM), with only the columns the reader needs: for tests that build an export by hand.

export const tooiUri = (code: string) => `https://identifier.overheid.nl/tooi/id/gemeente/${code}`;

const line = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';');
const file = (rows: string[][]) => `\uFEFF${rows.map(line).join('\r\n')}\r\n`;

const ADDRESS =
  'Adressen (type, toelichting, straat, huisnummer, toevoeging, postbus, postcode, plaats, regio, provincieAfkorting, land, centroideLatitude, centroideLongitude, centroideRdx, centroideRdy)';

export interface CsvOrganisation {
  naam: string;
  code: string;
  /** the TOOi URI; the municipality URI of `code` when left out */
  uri?: string;
  provincie?: string;
  zetels?: number;
}

/** Gemeenten_<datum>.csv */
export function organisationsCsv(rows: readonly CsvOrganisation[]): string {
  return file([
    ['Officiële naam', 'Type', ADDRESS, 'Totaal aantal zetels', 'TOOi URI', 'Organisatiecode'],
    ...rows.map((r) => [
      r.naam,
      'Gemeente',
      `adresType: Bezoekadres, openbareRuimte: Markt, huisnummer: 1, postcode: 1234 AB, woonplaats: X, provincieAfkorting: ${r.provincie ?? 'GR'}`,
      String(r.zetels ?? 3),
      r.uri ?? tooiUri(r.code),
      r.code,
    ]),
  ]);
}

export interface CsvHolder {
  organisatie: string;
  naam: string;
  functie: string;
  /** the organisation's TOOi URI as the holder row gives it */
  uri: string;
}

/** medewerkers_Gemeenten_<datum>.csv */
export function holdersCsv(rows: readonly CsvHolder[]): string {
  return file([
    ['Organisatie (onderdeel)', 'Naam', 'Functie', 'Resource identifier v5.0 organisatie'],
    ...rows.map((r) => [r.organisatie, r.naam, r.functie, r.uri]),
  ]);
}
