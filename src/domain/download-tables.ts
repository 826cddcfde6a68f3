// The download tables of DATA.md §7: column order, types and the field dictionary that
// datapackage.json and the /data/ page are generated from.
import {
  BODY_BANDS,
  HOLDER_KINDS,
  bandColumn,
  holderColumn,
  type BodyBand,
  type HolderKind,
} from './bodies.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

export interface FieldSpec {
  name: string;
  type: FieldType;
  description: string;
}

export interface TableSpec {
  name: string;
  title: string;
  description: string;
  fields: FieldSpec[];
  /**
   * A file of this table holds every row of one entity (all boards, all years), so its metadata
   * is named after the page that links it, never after one of that page's figures.
   */
  namedAfterPage?: boolean;
}

/** Media types of the download formats, as Frictionless descriptors name them. */
export const MEDIA_TYPES = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** How every CSV download is written: comma, a header row, "\n" line ends. */
export const CSV_DIALECT = { delimiter: ',', header: true, lineTerminator: '\n' } as const;

const f = (name: string, type: FieldType, description: string): FieldSpec => ({
  name,
  type,
  description,
});

const KIND_FIELD = f(
  'bronsoort',
  'string',
  'Soort bron van de rij: register (registerextract), bronbestand of voorbeelddata (fictief). Een totaal telt nooit twee soorten samen.',
);

const AGGREGATE_FIELDS: FieldSpec[] = [
  f('n_instellingen', 'integer', 'Aantal verschillende instellingen (instelling_id).'),
  f('n_gremia', 'integer', 'Aantal gremia, met en zonder gegevens.'),
  f(
    'n_gremia_met_gegevens',
    'integer',
    'Aantal gremia waarvoor het aantal vrouwen en mannen bekend is.',
  ),
  f('dekking', 'number', 'n_gremia_met_gegevens / n_gremia (fractie).'),
  f(
    'aandeel_vrouwen_totaal',
    'number',
    'Som vrouwen / som zetels over gremia met gegevens (gepoold, fractie); zetels met onbekend gender tellen in de noemer.',
  ),
  f(
    'aandeel_vrouwen_bekend_totaal',
    'number',
    'Som vrouwen / som (vrouwen + mannen): het aandeel vrouwen onder de zetels met bekend gender (fractie).',
  ),
  f(
    'dekking_gender',
    'number',
    'Som (vrouwen + mannen) / som zetels: het deel van de zetels waarvan het gender bekend is (fractie).',
  ),
  f(
    'aandeel_vrouwen_gemiddeld',
    'number',
    'Ongewogen gemiddelde van het aandeel vrouwen per gremium (fractie).',
  ),
  f('n_evenredig', 'integer', "Aantal gremia in klasse 'evenredig' (beide geslachten >= 40%)."),
  f('aandeel_evenredig', 'number', 'n_evenredig / n_gremia_met_gegevens (fractie).'),
];

export const GREMIA_TABLE: TableSpec = {
  name: 'gremia',
  title: 'Gremia per jaar',
  namedAfterPage: true,
  description:
    'Eén rij per gremium (bestuur, toezicht, raad) per jaar, met zetels naar gender en evenwichtsklasse.',
  fields: [
    f('jaar', 'integer', 'Peiljaar.'),
    f('sector', 'string', 'Sector (vaste code, zie lookups/sectoren.csv).'),
    f('sector_label', 'string', 'Naam van de sector.'),
    f('subsector', 'string', 'Subsector zoals in de bron (vrij label).'),
    f('instelling_id', 'string', 'Vaste sleutel van de instelling (KvK, OIN of eigen code).'),
    f('instelling', 'string', 'Naam van de instelling.'),
    f(
      'gremium_type',
      'string',
      'Soort gremium: rvb, rvt, college, raad, directie, adviesraad of overig.',
    ),
    f('gremium', 'string', 'Naam van het gremium.'),
    f('vrouwen', 'integer', 'Aantal vrouwen (leeg = geen gegevens).'),
    f('mannen', 'integer', 'Aantal mannen (leeg = geen gegevens).'),
    f('x', 'integer', 'Aantal personen met een ander of onbekend gender.'),
    f('totaal', 'integer', 'vrouwen + mannen + x.'),
    f('aandeel_vrouwen', 'number', 'vrouwen / totaal (fractie, 4 decimalen).'),
    f(
      'aandeel_vrouwen_bekend',
      'number',
      'vrouwen / (vrouwen + mannen): het aandeel vrouwen onder de zetels met bekend gender (leeg als geen enkel gender bekend is).',
    ),
    f(
      'dekking_gender',
      'number',
      '(vrouwen + mannen) / totaal: het deel van de zetels waarvan het gender bekend is.',
    ),
    f(
      'klasse',
      'string',
      'Evenwichtsklasse: evenredig, zo_evenredig_mogelijk, eenhoofdig, ondervertegenwoordiging_vrouwen, ondervertegenwoordiging_mannen, gender_onvolledig (minder dan 75% bekend gender: geen oordeel) of geen_gegevens.',
    ),
    f(
      'zetels_tot_evenwicht',
      'integer',
      'Kleinste aantal zetels dat van gender moet wisselen om evenredig te zijn (leeg = onbereikbaar of geen gegevens).',
    ),
    f('bron', 'string', 'Bron van de cijfers (URL of tekst).'),
    f(
      'peildatum',
      'date',
      'Datum waarop de cijfers gelden (registerextract), leeg als de bron die niet geeft.',
    ),
    KIND_FIELD,
  ],
};

export const SECTOREN_TABLE: TableSpec = {
  name: 'sectoren',
  title: 'Sectoren per jaar',
  description: 'Kerncijfers per sector en jaar, plus een rij sector = totaal per jaar.',
  fields: [
    f('jaar', 'integer', 'Peiljaar.'),
    f('sector', 'string', "Sector (vaste code) of 'totaal'."),
    f('sector_label', 'string', 'Naam van de sector.'),
    f('groep', 'string', 'publiek of semipubliek (leeg voor totaal).'),
    ...AGGREGATE_FIELDS,
    KIND_FIELD,
  ],
};

export const GREMIUMTYPES_TABLE: TableSpec = {
  name: 'gremiumtypes',
  title: 'Soorten gremia per jaar',
  description: 'Kerncijfers per soort gremium en jaar, over alle sectoren.',
  fields: [
    f('jaar', 'integer', 'Peiljaar.'),
    f('gremium_type', 'string', 'Soort gremium (code).'),
    f('gremium_type_label', 'string', 'Naam van de soort gremium.'),
    ...AGGREGATE_FIELDS,
    KIND_FIELD,
  ],
};

export const GEMEENTEN_TABLE: TableSpec = {
  name: 'gemeenten',
  title: 'Vlaamse gemeenten per peildatum',
  description:
    'Burgemeester, schepenen en gemeenteraad naar gender en de bevoegdheid Gelijke Kansen, per gemeente en peildatum.',
  fields: [
    f('peildatum', 'date', 'Datum waarop de mandaten gelden.'),
    f('nis', 'string', 'NIS-code van de gemeente (Statbel).'),
    f('gemeente', 'string', 'Naam van de gemeente.'),
    f('provincie', 'string', 'Provincie.'),
    f(
      'burgemeester_geslacht',
      'string',
      'vrouw, man of onbekend; leeg = geen actieve burgemeester in het extract.',
    ),
    f('n_schepenen', 'integer', 'Actieve schepenen (personen), incl. toegevoegde schepenen.'),
    f('n_schepenen_vrouw', 'integer', 'Waarvan vrouw (leeg = gender niet in de bron).'),
    f('n_schepenen_man', 'integer', 'Waarvan man (leeg = gender niet in de bron).'),
    f('n_raadsleden', 'integer', 'Actieve gemeenteraadsleden (personen), incl. voorzitter.'),
    f('n_raadsleden_vrouw', 'integer', 'Waarvan vrouw (leeg = gender niet in de bron).'),
    f('n_raadsleden_man', 'integer', 'Waarvan man (leeg = gender niet in de bron).'),
    f('gk_status', 'string', 'Wie heeft Gelijke Kansen: schepen, burgemeester, geen of onbekend.'),
    f('gk_schepen', 'integer', 'Aantal actieve schepenen bevoegd voor Gelijke Kansen.'),
    f(
      'gk_burgemeester',
      'integer',
      '1 als de burgemeester bevoegd is voor Gelijke Kansen, anders 0.',
    ),
  ],
};

export const PROVINCIES_TABLE: TableSpec = {
  name: 'provincies',
  title: 'Provincies per peildatum',
  description: 'Gelijke Kansen per provincie en voor Vlaanderen, per peildatum.',
  fields: [
    f('peildatum', 'date', 'Datum waarop de mandaten gelden.'),
    f('provincie', 'string', 'Provincie, of Vlaanderen voor het geheel.'),
    f('n_gemeenten', 'integer', 'Gemeenten die op de peildatum bestaan.'),
    f(
      'n_gk_schepen_gemeenten',
      'integer',
      'Gemeenten met minstens één schepen bevoegd voor Gelijke Kansen.',
    ),
    f('n_gk_schepenen', 'integer', 'Schepenen bevoegd voor Gelijke Kansen.'),
    f(
      'n_gk_burgemeester',
      'integer',
      'Gemeenten waar de burgemeester bevoegd is voor Gelijke Kansen, ook waar daarnaast een schepen het is (overlapt met n_gk_schepen_gemeenten).',
    ),
    f(
      'n_gk_geen',
      'integer',
      'Gemeenten met bevoegdheden in het college, maar geen voor Gelijke Kansen.',
    ),
    f('n_gk_onbekend', 'integer', 'Gemeenten zonder geregistreerde bevoegdheden in het college.'),
    f(
      'n_gk_alleen_burgemeester',
      'integer',
      'Gemeenten waar alleen de burgemeester bevoegd is (geen schepen). Met n_gk_schepen_gemeenten, n_gk_geen en n_gk_onbekend telt dit op tot n_gemeenten.',
    ),
  ],
};

export const MAIN_TABLES = [
  GREMIA_TABLE,
  SECTOREN_TABLE,
  GREMIUMTYPES_TABLE,
  GEMEENTEN_TABLE,
  PROVINCIES_TABLE,
];

export const DEMO_FIELD = f(
  'voorbeelddata',
  'string',
  "'ja': gegenereerde, fictieve voorbeelddata, geen echte cijfers.",
);

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export const VERANDERING_TABLE: TableSpec = {
  name: 'gelijke-kansen-verandering',
  title: 'Gelijke Kansen: verandering tussen peildata',
  description:
    'Per provincie en voor Vlaanderen het verschil tussen twee opeenvolgende peildata (na 1 januari 2025 telt Vlaanderen 285 in plaats van 300 gemeenten).',
  fields: [
    f('provincie', 'string', 'Provincie, of Vlaanderen.'),
    f('van', 'date', 'Eerste peildatum.'),
    f('tot', 'date', 'Tweede peildatum.'),
    f('n_gemeenten_van', 'integer', 'Gemeenten op de eerste peildatum.'),
    f('n_gemeenten_tot', 'integer', 'Gemeenten op de tweede peildatum.'),
    f(
      'verschil_gk_schepen_gemeenten',
      'integer',
      'Verschil in gemeenten met een schepen voor Gelijke Kansen.',
    ),
    f('verschil_gk_schepenen', 'integer', 'Verschil in schepenen voor Gelijke Kansen.'),
    f(
      'verschil_gk_burgemeester',
      'integer',
      'Verschil in gemeenten waar de burgemeester bevoegd is.',
    ),
    f(
      'verschil_gk_onbekend',
      'integer',
      'Verschil in gemeenten zonder geregistreerde bevoegdheden.',
    ),
  ],
};

export const GK_STATUS_TABLE: TableSpec = {
  name: 'gelijke-kansen-status',
  title: 'Gelijke Kansen: gemeenten per status, per provincie',
  description:
    'Per peildatum, provincie (en Vlaanderen) en status het aantal gemeenten en hun aandeel; de vier statussen van een provincie tellen op tot al haar gemeenten.',
  fields: [
    f('peildatum', 'date', 'Datum waarop de mandaten gelden.'),
    f('provincie', 'string', 'Provincie, of Vlaanderen voor het geheel.'),
    f(
      'gk_status',
      'string',
      'schepen, burgemeester (alleen de burgemeester), geen (niemand) of onbekend, zoals in gemeenten.csv.',
    ),
    f('n_gemeenten', 'integer', 'Gemeenten met deze status.'),
    f('n_gemeenten_totaal', 'integer', 'Alle gemeenten van de provincie op de peildatum.'),
    f('aandeel', 'number', 'n_gemeenten / n_gemeenten_totaal (fractie, 4 decimalen).'),
  ],
};

export const VERDELING_TABLE: TableSpec = {
  name: 'verdeling',
  title: 'Gremia naar aandeel vrouwen',
  description:
    'Per sector en jaar het aantal gremia met minder dan 40%, 40% tot en met 60% en meer dan 60% vrouwen (alleen gremia met gegevens).',
  fields: [
    f('jaar', 'integer', 'Peiljaar.'),
    f('sector', 'string', 'Canonieke sector.'),
    f('groep', 'string', 'onder_40, 40_60 of boven_60.'),
    f('ondergrens', 'number', 'Aandeel vrouwen vanaf (fractie; bij onder_40 vanaf 0).'),
    f('bovengrens', 'number', 'Aandeel vrouwen tot (fractie; 40_60 tot en met 0,6).'),
    f('n_gremia', 'integer', 'Gremia in deze groep.'),
    f(
      'n_gremia_met_gegevens',
      'integer',
      'Alle gremia met gegevens van sector en jaar (de noemer).',
    ),
    f('aandeel', 'number', 'n_gremia / n_gremia_met_gegevens (fractie, 4 decimalen).'),
  ],
};

export const KLASSEN_TABLE: TableSpec = {
  name: 'balansklassen',
  title: 'Gremia naar evenwichtsklasse',
  description: 'Aantal gremia per evenwichtsklasse, per jaar en sector (plus sector = totaal).',
  fields: [
    f('jaar', 'integer', 'Peiljaar.'),
    f('sector', 'string', "Sector (vaste code) of 'totaal'."),
    f('sector_label', 'string', 'Naam van de sector.'),
    f('klasse', 'string', 'Evenwichtsklasse (zie gremia.csv).'),
    f('n_gremia', 'integer', 'Aantal gremia in deze klasse.'),
    f(
      'aandeel',
      'number',
      'Aandeel van alle gremia van de sector in dat jaar, ook die zonder gegevens (fractie).',
    ),
    f('n_gremia_totaal', 'integer', 'Alle gremia van de sector in dat jaar (noemer van aandeel).'),
    f(
      'n_gremia_met_gegevens',
      'integer',
      'Gremia met gegevens (noemer van aandeel_met_gegevens en van aandeel_evenredig in sectoren.csv).',
    ),
    f(
      'aandeel_met_gegevens',
      'number',
      'Aandeel van de gremia met gegevens (fractie); leeg bij geen_gegevens. Voor evenredig gelijk aan aandeel_evenredig in sectoren.csv.',
    ),
    KIND_FIELD,
  ],
};

export const UITSPLITSING_TABLE: TableSpec = {
  name: 'uitsplitsing',
  title: 'Sector naar subsector en soort gremium',
  description:
    'Kerncijfers van één sector en jaar per soort gremium (subsector leeg), per subsector (gremium_type leeg) en per subsector en soort gremium samen.',
  fields: [
    f('jaar', 'integer', 'Peiljaar.'),
    f('sector', 'string', 'Sector (vaste code).'),
    f(
      'subsector',
      'string',
      'Subsector (bij het register: de provincie); leeg = alle subsectoren.',
    ),
    f('gremium_type', 'string', 'Soort gremium (code); leeg = alle soorten.'),
    f('gremium_type_label', 'string', 'Naam van de soort gremium.'),
    ...AGGREGATE_FIELDS,
    f('vrouwen', 'integer', 'Zetels van vrouwen, opgeteld over de gremia met gegevens.'),
    f('mannen', 'integer', 'Zetels van mannen, opgeteld over de gremia met gegevens.'),
    f(
      'x',
      'integer',
      'Zetels van personen met een ander of onbekend gender (bij het register: zonder aanhef).',
    ),
    KIND_FIELD,
  ],
};

export const REGISTER_TABLE: TableSpec = {
  name: 'register-organisaties',
  title: 'Organisaties uit het Register van Overheidsorganisaties',
  description:
    'Per organisatie en peildatum: de voorzitter(s) naar gender (bij gemeenten de burgemeester) en de controle van het aantal getelde raadsleden tegen het aantal zetels dat het register noemt.',
  fields: [
    f('peildatum', 'date', 'Datum van de export van het register.'),
    f('type', 'string', "Organisatietype in het register (bijvoorbeeld 'Gemeente')."),
    f('sector', 'string', 'Sector (vaste code).'),
    f(
      'instelling_id',
      'string',
      'Organisatiecode (kleine letters), anders het laatste deel van de TOOi URI.',
    ),
    f('instelling', 'string', 'Officiële naam.'),
    f('provincie', 'string', 'Provincie uit het eerste adres met een provincieAfkorting.'),
    f(
      'n_voorzitters',
      'integer',
      'Geregistreerde voorzitters (bij gemeenten: burgemeesters, waarnemend burgemeester voorop).',
    ),
    f('n_voorzitters_vrouw', 'integer', 'Waarvan met aanhef Mw./Mevrouw.'),
    f('n_voorzitters_man', 'integer', 'Waarvan met aanhef Dhr./De heer.'),
    f('n_voorzitters_x', 'integer', 'Waarvan zonder aanhef (gender onbekend).'),
    f('n_raadsleden_geteld', 'integer', 'Verschillende namen met een raadszetel.'),
    f(
      'totaal_aantal_zetels',
      'integer',
      "'Totaal aantal zetels' volgens het register (leeg = niet ingevuld).",
    ),
    f(
      'zetelcontrole',
      'string',
      'gelijk of afwijking (getelde raadsleden tegen zetels); leeg = niet te controleren.',
    ),
    f(
      'niet_geteld',
      'string',
      "Functies die de waarnemend-regel niet meetelt (bijvoorbeeld 'Burgemeester' naast 'Burgemeester waarnemend').",
    ),
    KIND_FIELD,
  ],
};

export const REGISTER_GEBIED_TABLE: TableSpec = {
  name: 'register-gebieden',
  title: 'Voorzitters (burgemeesters) per provincie, uit het register',
  description:
    'Per peildatum, sector en provincie (leeg = alle provincies): het aantal voorzitters naar gender en het aantal organisaties waar de getelde raadsleden afwijken van de zetels.',
  fields: [
    f('peildatum', 'date', 'Datum van de export van het register.'),
    f('sector', 'string', 'Sector (vaste code).'),
    f('provincie', 'string', 'Provincie; leeg = alle provincies.'),
    f('n_organisaties', 'integer', 'Organisaties.'),
    f('n_voorzitters', 'integer', 'Voorzitters (bij gemeenten: burgemeesters).'),
    f('n_voorzitters_vrouw', 'integer', 'Waarvan vrouw (aanhef).'),
    f('n_voorzitters_man', 'integer', 'Waarvan man (aanhef).'),
    f('n_voorzitters_x', 'integer', 'Waarvan zonder aanhef.'),
    f('aandeel_vrouwen_voorzitters', 'number', 'n_voorzitters_vrouw / n_voorzitters (fractie).'),
    f(
      'n_zetelafwijkingen',
      'integer',
      'Organisaties waar getelde raadsleden en geregistreerde zetels verschillen.',
    ),
    KIND_FIELD,
  ],
};

export const VERGELIJKING_TABLE: TableSpec = {
  name: 'gemeente-vergelijking',
  title: 'Gemeenteraad vergeleken met provincie en Vlaanderen',
  description:
    'Aandeel vrouwen in de gemeenteraad van één gemeente, haar provincie en Vlaanderen (alleen gemeenten waar gender in de bron staat).',
  fields: [
    f('peildatum', 'date', 'Datum waarop de mandaten gelden.'),
    f('gebied', 'string', 'Gemeente, provincie of Vlaanderen.'),
    f('n_raadsleden', 'integer', 'Raadsleden in gemeenten met bekend gender.'),
    f('n_raadsleden_vrouw', 'integer', 'Waarvan vrouw.'),
    f('aandeel_vrouwen', 'number', 'n_raadsleden_vrouw / n_raadsleden (fractie).'),
  ],
};

export const SCHEPENEN_VERGELIJKING_TABLE: TableSpec = {
  name: 'schepenen-vergelijking',
  title: 'Schepenen vergeleken met provincie en Vlaanderen',
  description:
    'Aandeel vrouwen onder de schepenen van één gemeente, haar provincie en Vlaanderen (alleen gemeenten waar gender in de bron staat).',
  fields: [
    f('peildatum', 'date', 'Datum waarop de mandaten gelden.'),
    f('gebied', 'string', 'Gemeente, provincie of Vlaanderen.'),
    f('aandeel_vrouwen', 'number', 'n_schepenen_vrouw / n_schepenen (fractie).'),
    f('n_schepenen', 'integer', 'Schepenen in gemeenten met bekend gender.'),
    f('n_schepenen_vrouw', 'integer', 'Waarvan vrouw.'),
  ],
};

export const PROVINCIE_VERGELIJKING_TABLE: TableSpec = {
  name: 'provincie-vergelijking',
  title: 'Gemeenteraden en schepenen van een provincie vergeleken met Vlaanderen',
  description:
    'Aandeel vrouwen in de gemeenteraden en onder de schepenen van de provincie en van Vlaanderen (gemeenten waar gender in de bron staat).',
  fields: [
    f('peildatum', 'date', 'Datum waarop de mandaten gelden.'),
    f('orgaan', 'string', 'raad (gemeenteraden) of schepenen.'),
    f('gebied', 'string', 'Provincie of Vlaanderen.'),
    f('n', 'integer', 'Leden met bekend gender.'),
    f('n_vrouw', 'integer', 'Waarvan vrouw.'),
    f('aandeel_vrouwen', 'number', 'n_vrouw / n (fractie).'),
  ],
};

export const RANGSCHIKKING_TABLE: TableSpec = {
  name: 'rangschikking-gemeenteraden',
  title: 'Gemeenten gerangschikt naar aandeel vrouwen in de gemeenteraad',
  description:
    'De gemeenten van een provincie met gender in de bron, het hoogste aandeel vrouwen in de gemeenteraad eerst (gelijke aandelen: zelfde rang).',
  fields: [
    f('peildatum', 'date', 'Datum waarop de mandaten gelden.'),
    f('rang', 'integer', 'Plaats in de provincie (1 = hoogste aandeel).'),
    f('nis', 'string', 'NIS-code.'),
    f('gemeente', 'string', 'Naam van de gemeente.'),
    f('n_raadsleden', 'integer', 'Raadsleden.'),
    f('n_raadsleden_vrouw', 'integer', 'Waarvan vrouw.'),
    f('aandeel_vrouwen', 'number', 'n_raadsleden_vrouw / n_raadsleden (fractie).'),
  ],
};

export const IMPORT_TABLE: TableSpec = {
  name: 'importverslag',
  title: 'Importverslag',
  description: 'Per bronbestand: rijen gelezen, gebruikt en overgeslagen met de reden.',
  fields: [
    { name: 'bestand', type: 'string', description: 'Bronbestand, relatief aan de datamap.' },
    { name: 'soort', type: 'string', description: 'Soort bestand.' },
    { name: 'codering', type: 'string', description: 'Gelezen tekstcodering.' },
    {
      name: 'rijen_gelezen',
      type: 'integer',
      description: 'Gelezen gegevensrijen (zonder kopregel en lege regels).',
    },
    { name: 'rijen_gebruikt', type: 'integer', description: 'Rijen die in de cijfers meetellen.' },
    { name: 'rijen_overgeslagen', type: 'integer', description: 'Rijen die niet meetellen.' },
    {
      name: 'redenen',
      type: 'string',
      description: 'Waarom rijen werden overgeslagen, met aantallen.',
    },
  ],
};

export const GEPUBLICEERD_TABLE: TableSpec = {
  name: 'gepubliceerde-cijfers',
  title: 'Gepubliceerde kerncijfers uit andere bronnen',
  description:
    'Cijfers die anderen publiceerden (monitor, VNG, NVvR, Vlaams Parlement), elk met de publicatie waar ze vandaan komen. De site zet ze naast haar eigen cijfers, verrekent ze er nooit mee.',
  fields: [
    f('land', 'string', 'NL (Nederland) of VL (Vlaanderen).'),
    f('scope', 'string', 'Waar het cijfer over gaat.'),
    f('periode', 'string', 'Jaar of periode zoals de bron het noemt.'),
    f('maat', 'string', 'Wat er gemeten is.'),
    f('waarde', 'number', 'De waarde zoals gepubliceerd.'),
    f('eenheid', 'string', 'Eenheid van de waarde (procent, aantal).'),
    f('bron', 'string', 'Publicatie.'),
    f('bron_url', 'string', 'Adres van de publicatie.'),
    f('toelichting', 'string', 'Toelichting.'),
    f(
      'vergelijk',
      'string',
      "Registercijfer waarnaast de site het toont ('raad', 'burgemeesters'), of leeg.",
    ),
    f('sector', 'string', 'De sector (vaste code) waar het cijfer over gaat, of leeg.'),
    KIND_FIELD,
  ],
};

export const VERANDERINGEN_TABLE: TableSpec = {
  name: 'veranderingen',
  title: 'Wat een editie veranderde',
  description:
    'Per entiteit (en bij instellingen per gremium) wat toegevoegd, verwijderd of gewijzigd is tegenover de vorige editie, één rij per maat, met de oude en de nieuwe waarde zoals elke editie ze publiceerde.',
  fields: [
    f('soort', 'string', 'instelling, sector, gemeente of provincie.'),
    f('sleutel', 'string', 'Vaste sleutel: instelling_id, sectorcode, NIS-code of provincie.'),
    f('naam', 'string', 'Naam.'),
    f('onderdeel', 'string', 'Het gremium (bij instellingen); leeg voor de entiteit als geheel.'),
    f('verandering', 'string', 'toegevoegd, verwijderd of gewijzigd (van dit onderdeel).'),
    f('entiteit', 'string', 'toegevoegd, verwijderd of gewijzigd (de entiteit als geheel).'),
    f('oud_periode', 'string', 'Jaar of peildatum in de vorige editie.'),
    f('nieuw_periode', 'string', 'Jaar of peildatum in deze editie.'),
    f('maat', 'string', 'De kolom van gremia.csv, sectoren.csv, gemeenten.csv of provincies.csv.'),
    f('oud', 'string', 'Waarde in de vorige editie (leeg = niet gepubliceerd).'),
    f('nieuw', 'string', 'Waarde in deze editie (leeg = niet gepubliceerd).'),
  ],
};

const GENDER_SHARE_FIELDS: FieldSpec[] = [
  f('vrouwen', 'integer', 'Vrouwen (aanhef Mw./Mevrouw, of gender vrouw in de bron).'),
  f('mannen', 'integer', 'Mannen (aanhef Dhr./De heer, of gender man in de bron).'),
  f(
    'x',
    'integer',
    'Personen van wie de bron geen gender geeft (geen aanhef): onbekend, nooit geraden.',
  ),
  f('totaal', 'integer', 'vrouwen + mannen + x: de bezette zetels of personen.'),
  f(
    'aandeel_vrouwen',
    'number',
    'vrouwen / totaal (fractie, 4 decimalen); onbekend gender telt in de noemer.',
  ),
  f(
    'aandeel_vrouwen_bekend',
    'number',
    'vrouwen / (vrouwen + mannen): het aandeel onder wie een bekend gender heeft (leeg als niemand dat heeft).',
  ),
  f('dekking_gender', 'number', '(vrouwen + mannen) / totaal: het deel met bekend gender.'),
];

/** The same, with the persons of known gender: the n every share among known gender is of. */
const GENDER_SHARE_FIELDS_N: FieldSpec[] = [
  ...GENDER_SHARE_FIELDS.slice(0, 3),
  f('bekend', 'integer', 'vrouwen + mannen: de personen van wie het gender bekend is.'),
  ...GENDER_SHARE_FIELDS.slice(3),
];

const PEILDATUM_FIELD = f(
  'peildatum',
  'date',
  'Datum van de bron: de export van het register of de verkiezingsdag.',
);
const BODY_KIND_FIELD = f(
  'bronsoort',
  'string',
  'Soort bron: register (wie de gemeente registreerde) of verkiezingsuitslag (wie gekozen werd, Kiesraad). Twee soorten worden nooit opgeteld.',
);

// The municipalities per band of the maps (bodyBand): what a map's table counts.
const known = 'onder wie een bekend gender heeft, bij minstens 75% bekend gender';
const BAND_TEXT: Record<BodyBand, string> = {
  'onder-30': `Gemeenten waar dit orgaan minder dan 30% vrouwen heeft ${known}.`,
  '30-40': `Gemeenten waar dit orgaan 30% tot 40% vrouwen heeft ${known}.`,
  '40-60': `Gemeenten waar dit orgaan 40% tot en met 60% vrouwen heeft ${known} (evenwichtig).`,
  'boven-60': `Gemeenten waar dit orgaan meer dan 60% vrouwen heeft ${known}.`,
  onvolledig:
    'Gemeenten waar van minder dan 75% van de zetels van dit orgaan het gender bekend is (onvolledig).',
  geen: 'Gemeenten waar van niemand in dit orgaan het gender bekend is, of die geen zetels hebben.',
};
const BAND_FIELDS = BODY_BANDS.map((band) => f(bandColumn(band), 'integer', BAND_TEXT[band]));

// The municipalities per kind of holder of a role (holderKind): what a role map counts.
const HOLDER_TEXT: Record<HolderKind, string> = {
  vrouw: 'Gemeenten waar één persoon deze rol heeft, een vrouw.',
  man: 'Gemeenten waar één persoon deze rol heeft, een man.',
  onbekend: 'Gemeenten waar één persoon deze rol heeft, van onbekend gender.',
  geen: 'Gemeenten waar niemand in deze rol geregistreerd staat.',
  meer: 'Gemeenten waar meer dan één persoon in deze rol geregistreerd staat.',
};

export const ORGANEN_TABLE: TableSpec = {
  name: 'gemeentebesturen',
  title: 'Gemeentebesturen per peildatum',
  description:
    'Per gemeente, bestuur en peildatum de zetels naar gender: gemeenteraad, college en burgemeester uit het Register van Overheidsorganisaties, en de gemeenteraad bij installatie uit de verkiezingsuitslag. Elke peildatum is een meetpunt van één soort bron.',
  fields: [
    PEILDATUM_FIELD,
    BODY_KIND_FIELD,
    f('land', 'string', 'NL of VL.'),
    f('instelling_id', 'string', 'Organisatiecode (gm0363) of NIS-code.'),
    f('gemeente', 'string', 'Naam van de gemeente zoals de bron die geeft.'),
    f('provincie', 'string', 'Provincie.'),
    f('orgaan', 'string', 'raad, college, schepenen of burgemeester.'),
    f('orgaan_label', 'string', 'Naam van het orgaan.'),
    ...GENDER_SHARE_FIELDS_N,
    f('klasse', 'string', 'Evenwichtsklasse van het orgaan (zie gremia.csv).'),
    f(
      'vorige_peildatum',
      'date',
      'De vorige peildatum van het register voor dit orgaan (leeg: geen eerdere export).',
    ),
    f(
      'samenstelling_gewijzigd',
      'string',
      'ja: op deze peildatum staan andere personen in het orgaan dan op vorige_peildatum; nee: dezelfde personen; leeg: niet te vergelijken.',
    ),
    f('bron', 'string', 'Adres van de bron.'),
  ],
};

export const ORGANEN_GEBIED_TABLE: TableSpec = {
  name: 'gemeentebesturen-gebieden',
  title: 'Gemeentebesturen per provincie en land',
  description:
    'De zetels van gemeentebesturen opgeteld per provincie en land, per orgaan, peildatum en soort bron.',
  fields: [
    PEILDATUM_FIELD,
    BODY_KIND_FIELD,
    f('land', 'string', 'NL of VL.'),
    f('gebied', 'string', 'Provincie, of het land (Nederland, Vlaanderen).'),
    f('gebied_type', 'string', 'provincie of land.'),
    f('orgaan', 'string', 'raad, college, schepenen of burgemeester.'),
    f('orgaan_label', 'string', 'Naam van het orgaan.'),
    f('n_gemeenten', 'integer', 'Gemeenten in de som.'),
    f('n_zonder_zetels', 'integer', 'Gemeenten waar voor dit orgaan niemand geregistreerd staat.'),
    f('vorige_peildatum', 'date', 'De vorige peildatum van het register (leeg: geen vorige).'),
    f(
      'n_gewijzigd',
      'integer',
      'Gemeenten waar in dit orgaan andere personen staan dan op de vorige peildatum van het register (leeg: geen vorige).',
    ),
    f(
      'n_ongewijzigd',
      'integer',
      'Gemeenten waar in dit orgaan dezelfde personen staan als op de vorige peildatum (leeg: geen vorige).',
    ),
    ...GENDER_SHARE_FIELDS_N,
    ...BAND_FIELDS,
  ],
};

export const ROLLEN_TABLE: TableSpec = {
  name: 'rollen',
  title: 'Rollen per organisatie en peildatum',
  description:
    'Per organisatie, rol en peildatum de personen naar gender: de politieke top (burgemeester, locoburgemeester, fractievoorzitters) en de ambtelijke top (gemeentesecretaris, griffier), uit het Register van Overheidsorganisaties.',
  fields: [
    PEILDATUM_FIELD,
    f('instelling_id', 'string', 'Organisatiecode (kleine letters).'),
    f('instelling', 'string', 'Officiële naam.'),
    f('provincie', 'string', 'Provincie.'),
    f('rol', 'string', 'De rol (lookups/rollen.csv).'),
    f('rol_label', 'string', 'Naam van de rol.'),
    f('groep', 'string', 'politiek of ambtelijke top.'),
    ...GENDER_SHARE_FIELDS,
    f('bron', 'string', 'Adres van de export.'),
    KIND_FIELD,
  ],
};

export const ROLLEN_GEBIED_TABLE: TableSpec = {
  name: 'rollen-gebieden',
  title: 'Rollen per provincie en voor Nederland',
  description: 'De personen per rol opgeteld per provincie en voor Nederland, per peildatum.',
  fields: [
    PEILDATUM_FIELD,
    f('gebied', 'string', 'Provincie, of Nederland.'),
    f('gebied_type', 'string', 'provincie of land.'),
    f('rol', 'string', 'De rol.'),
    f('rol_label', 'string', 'Naam van de rol.'),
    f('groep', 'string', 'politiek of ambtelijke top.'),
    f('n_instellingen', 'integer', 'Organisaties in de som.'),
    f('n_zonder', 'integer', 'Organisaties waar niemand in deze rol geregistreerd staat.'),
    ...GENDER_SHARE_FIELDS_N,
    ...HOLDER_KINDS.map((k) => f(holderColumn(k), 'integer', HOLDER_TEXT[k])),
    KIND_FIELD,
  ],
};

const PARTY_FIELDS: FieldSpec[] = [
  f('raadsleden_vrouw', 'integer', 'Raadsleden (of gekozenen) van de partij die vrouw zijn.'),
  f('raadsleden_man', 'integer', 'Die man zijn.'),
  f('raadsleden_x', 'integer', 'Van wie de bron geen gender geeft.'),
  f('aandeel_vrouwen', 'number', 'raadsleden_vrouw / alle raadsleden van de partij (fractie).'),
  f('aandeel_vrouwen_bekend', 'number', 'raadsleden_vrouw / (raadsleden_vrouw + raadsleden_man).'),
  f('dekking_gender', 'number', 'Het deel van de raadsleden met bekend gender.'),
];

export const PARTIJEN_TABLE: TableSpec = {
  name: 'partijen',
  title: 'Raadsleden per partij en gemeente',
  description:
    'Per gemeente, partij en peildatum de raadsleden naar gender, waar de bron een partij per persoon geeft (de XML-export van het register, de verkiezingsuitslag). Partijnamen precies zoals de bron ze schrijft; lokale partijen worden niet samengevoegd.',
  fields: [
    PEILDATUM_FIELD,
    f('bron_soort', 'string', 'register of verkiezingsuitslag.'),
    f('instelling_id', 'string', 'Organisatiecode (gm0363).'),
    f('instelling', 'string', 'Naam van de gemeente.'),
    f('partij', 'string', 'Partij (leeg: geen partij geregistreerd bij de persoon).'),
    f(
      'zetels',
      'integer',
      'Zetels van de partij volgens het register (leeg: de bron geeft ze niet).',
    ),
    ...PARTY_FIELDS,
  ],
};

export const PARTIJEN_LAND_TABLE: TableSpec = {
  name: 'partijen-land',
  title: 'Raadsleden per partij in heel Nederland',
  description:
    'Per partijnaam (precies zoals geschreven, na het samenvoegen van witruimte) de raadsleden naar gender opgeteld over alle gemeenten, per peildatum en soort bron.',
  fields: [
    PEILDATUM_FIELD,
    f('bron_soort', 'string', 'register of verkiezingsuitslag.'),
    f('partij', 'string', 'Partij (leeg: geen partij geregistreerd).'),
    f('n_gemeenten', 'integer', 'Gemeenten waar de partij raadsleden heeft.'),
    f('zetels', 'integer', 'Zetels volgens het register, opgeteld (leeg: de bron geeft ze niet).'),
    ...PARTY_FIELDS,
  ],
};

export const VERKIEZINGEN_TABLE: TableSpec = {
  name: 'verkiezingen',
  title: 'Gemeenteraad bij installatie: de verkiezingsuitslag',
  description:
    'Per verkiezing en gemeente de gekozen raadsleden naar gender volgens de Kiesraad (EML 520): eerst een rij voor de hele raad (partij leeg), dan een rij per lijst.',
  fields: [
    f('verkiezing', 'string', 'Verkiezing (bijvoorbeeld GR2022).'),
    f('datum', 'date', 'Verkiezingsdag.'),
    f('instelling_id', 'string', 'Organisatiecode (gm + CBS-code).'),
    f('instelling', 'string', 'Naam van de gemeente volgens het register.'),
    f('partij', 'string', 'Lijst; leeg = de hele gemeenteraad.'),
    f('gekozen', 'integer', 'Gekozen kandidaten.'),
    f('vrouwen', 'integer', 'Gekozen met gender female.'),
    f('mannen', 'integer', 'Gekozen met gender male.'),
    f('x', 'integer', 'Gekozen zonder gender in het bestand (onbekend).'),
    f('aandeel_vrouwen', 'number', 'vrouwen / gekozen (fractie).'),
    f('aandeel_vrouwen_bekend', 'number', 'vrouwen / (vrouwen + mannen).'),
    f('dekking_gender', 'number', '(vrouwen + mannen) / gekozen.'),
    f('provincie', 'string', 'Provincie volgens het register.'),
  ],
};

export const GEBIEDEN_TABLE: TableSpec = {
  name: 'gebieden-vergelijking',
  title: 'Gemeente, provincie en land naast elkaar',
  description:
    'Per orgaan en peildatum de zetels naar gender van de gemeente (of provincie), de provincie en het land, elk uit dezelfde soort bron op dezelfde datum.',
  fields: [
    PEILDATUM_FIELD,
    BODY_KIND_FIELD,
    f('orgaan', 'string', 'raad, college, burgemeester of een rol.'),
    f('orgaan_label', 'string', 'Naam van het orgaan of de rol.'),
    f('gebied', 'string', 'Naam van de gemeente, provincie of het land.'),
    f('gebied_type', 'string', 'gemeente, provincie of land.'),
    f('n_gemeenten', 'integer', 'Gemeenten in de som (1 voor een gemeente).'),
    ...GENDER_SHARE_FIELDS_N,
  ],
};

/** A province beside the country, with per area the municipalities per map band. */
export const PROVINCIE_GEBIEDEN_TABLE: TableSpec = {
  ...GEBIEDEN_TABLE,
  name: 'provincie-gebieden',
  title: 'Provincie en land naast elkaar',
  description: `${GEBIEDEN_TABLE.description} Met per gebied het aantal gemeenten per klasse van de kaart.`,
  fields: [...GEBIEDEN_TABLE.fields, ...BAND_FIELDS],
};

export const VERKIEZING_VERGELIJKING_TABLE: TableSpec = {
  name: 'verkiezing-vergelijking',
  title: 'Gekozen en geregistreerd: de gemeenteraad na de verkiezingen',
  description:
    'Per gemeente de gemeenteraad zoals gekozen (Kiesraad) naast de gemeenteraad in de eerste export van het register na de verkiezingen. Twee metingen van een andere soort: nooit opgeteld.',
  fields: [
    f('verkiezing', 'string', 'Verkiezing.'),
    f('datum', 'date', 'Verkiezingsdag.'),
    f('instelling_id', 'string', 'Organisatiecode.'),
    f('gemeente', 'string', 'Naam van de gemeente.'),
    f('provincie', 'string', 'Provincie.'),
    f('gekozen', 'integer', 'Gekozen raadsleden.'),
    f('gekozen_vrouwen', 'integer', 'Gekozen vrouwen.'),
    f('gekozen_mannen', 'integer', 'Gekozen mannen.'),
    f('gekozen_x', 'integer', 'Gekozen zonder gender in de uitslag.'),
    f(
      'gekozen_aandeel_vrouwen_bekend',
      'number',
      'gekozen_vrouwen / (gekozen_vrouwen + gekozen_mannen).',
    ),
    f('register_peildatum', 'date', 'De export van het register waarmee vergeleken wordt.'),
    f('raad', 'integer', 'Raadsleden in die export.'),
    f('raad_vrouwen', 'integer', 'Vrouwen (aanhef).'),
    f('raad_mannen', 'integer', 'Mannen (aanhef).'),
    f('raad_x', 'integer', 'Zonder aanhef.'),
    f('raad_aandeel_vrouwen_bekend', 'number', 'raad_vrouwen / (raad_vrouwen + raad_mannen).'),
    f(
      'verschil_vrouwen',
      'integer',
      'raad_vrouwen - gekozen_vrouwen: meer of minder vrouwen in het register dan gekozen (opvolging, registratie).',
    ),
  ],
};

/** Files that are not one of the tables below but still have columns: documented on /data/ too. */
export const OTHER_TABLES: TableSpec[] = [
  GEBIEDEN_TABLE,
  PROVINCIE_GEBIEDEN_TABLE,
  VERKIEZING_VERGELIJKING_TABLE,
  VERGELIJKING_TABLE,
  SCHEPENEN_VERGELIJKING_TABLE,
  PROVINCIE_VERGELIJKING_TABLE,
  RANGSCHIKKING_TABLE,
  VERDELING_TABLE,
  UITSPLITSING_TABLE,
  VERANDERINGEN_TABLE,
  IMPORT_TABLE,
];

/** Every table with its own CSV/JSON/XLSX download (the datapackage and /data/ list these). */
export const DOWNLOAD_TABLES: TableSpec[] = [
  ...MAIN_TABLES,
  VERANDERING_TABLE,
  GK_STATUS_TABLE,
  KLASSEN_TABLE,
  REGISTER_TABLE,
  REGISTER_GEBIED_TABLE,
  ORGANEN_TABLE,
  ORGANEN_GEBIED_TABLE,
  ROLLEN_TABLE,
  ROLLEN_GEBIED_TABLE,
  PARTIJEN_TABLE,
  PARTIJEN_LAND_TABLE,
  VERKIEZINGEN_TABLE,
  GEPUBLICEERD_TABLE,
];
