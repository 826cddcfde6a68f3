// Sentences about a body (council, college, burgemeester, a role), from the numbers of its CSV
// row: grammatical for 0, 1 and many, leading with the share among known gender whenever some
// gender is unknown (SITE.md §6), and never giving a balance verdict below 75% known.
import { bodyFigures } from '../domain/bodies.ts';
import type { BalanceClass } from '../domain/balance.ts';
import type { Bronsoort } from '../domain/source-kinds.ts';
import { formatCount, formatShare } from './format.ts';

/** Singular and plural of each body's members; unknown bodies fall back to "persoon". */
const MEMBERS: Record<string, [string, string]> = {
  raad: ['raadslid', 'raadsleden'],
  college: ['collegelid', 'collegeleden'],
  schepenen: ['schepen', 'schepenen'],
  burgemeester: ['burgemeester', 'burgemeesters'],
  fractievoorzitter: ['fractievoorzitter', 'fractievoorzitters'],
  locoburgemeester: ['locoburgemeester', 'locoburgemeesters'],
  gemeentesecretaris: ['gemeentesecretaris', 'gemeentesecretarissen'],
  griffier: ['griffier', 'griffiers'],
  gekozen: ['gekozene', 'gekozenen'],
};

/** "1 raadslid", "2 raadsleden", "geen raadsleden". */
export function members(orgaan: string, n: number): string {
  const [one, many] = MEMBERS[orgaan] ?? ['persoon', 'personen'];
  if (n === 0) return `geen ${many}`;
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The plural word alone ("raadsleden"). */
export function membersWord(orgaan: string, n = 2): string {
  const [one, many] = MEMBERS[orgaan] ?? ['persoon', 'personen'];
  return n === 1 ? one : many;
}

/** "is"/"zijn" for a count. */
const verb = (n: number) => (n === 1 ? 'is' : 'zijn');

/** What a source does not say about gender, in that source's words. */
function unknownPhrase(bronsoort: Bronsoort): string {
  return bronsoort === 'verkiezingsuitslag'
    ? 'staat in de uitslag geen gender'
    : 'registreerde de gemeente geen aanhef';
}

const VERDICTS: Partial<Record<BalanceClass, string>> = {
  evenredig: 'Dat is evenwichtig: beide geslachten hebben minstens 40% van de zetels.',
  zo_evenredig_mogelijk: 'Met drie zetels is 1–2 zo evenwichtig als het kan.',
  ondervertegenwoordiging_vrouwen: 'Vrouwen hebben minder dan 40% van de zetels.',
  ondervertegenwoordiging_mannen: 'Mannen hebben minder dan 40% van de zetels.',
  gender_onvolledig:
    'Van minder dan drie kwart is het gender bekend: we geven geen oordeel over het evenwicht.',
};

/**
 * The lead sentence of a body: "9 van de 18 raadsleden met bekend gender zijn vrouw (50,0%); van
 * 27 van de 45 raadsleden registreerde de gemeente geen aanhef." A one-person body (the
 * burgemeester) reads "De burgemeester is een vrouw."
 */
export function bodySentence(
  b: { vrouwen: number; mannen: number; x: number; orgaan: string; bronsoort: Bronsoort },
  options: { verdict?: boolean } = {},
): string {
  const f = bodyFigures(b);
  const known = f.vrouwen + f.mannen;
  const word = (n: number) => membersWord(b.orgaan, n);
  if (f.totaal === 0)
    return b.bronsoort === 'verkiezingsuitslag'
      ? `De uitslag noemt ${members(b.orgaan, 0)}.`
      : `Het register noemt ${members(b.orgaan, 0)}.`;
  if (f.totaal === 1) {
    const [one] = MEMBERS[b.orgaan] ?? ['persoon'];
    const article = one === 'persoon' ? 'De persoon' : `De ${one}`;
    if (f.vrouwen === 1) return `${article} is een vrouw.`;
    if (f.mannen === 1) return `${article} is een man.`;
    return `${article}: van deze persoon ${unknownPhrase(b.bronsoort)}.`;
  }
  let text: string;
  if (known === 0)
    text =
      b.bronsoort === 'verkiezingsuitslag'
        ? `Bij geen van de ${members(b.orgaan, f.totaal)} staat in de uitslag het gender: het aandeel vrouwen is onbekend.`
        : `Van geen van de ${members(b.orgaan, f.totaal)} registreerde de gemeente een aanhef: het aandeel vrouwen is onbekend.`;
  else if (f.x === 0)
    text = `${formatCount(f.vrouwen)} van de ${members(b.orgaan, f.totaal)} ${verb(f.vrouwen)} vrouw (${formatShare(f.aandeel_vrouwen)}).`;
  else
    text = `${formatCount(f.vrouwen)} van de ${formatCount(known)} ${word(known)} met bekend gender ${verb(f.vrouwen)} vrouw (${formatShare(f.aandeel_vrouwen_bekend)}); van ${formatCount(f.x)} van de ${members(b.orgaan, f.totaal)} ${unknownPhrase(b.bronsoort)}.`;
  const verdict = options.verdict ? VERDICTS[f.klasse] : undefined;
  return verdict ? `${text} ${verdict}` : text;
}

/**
 * A share as a table shows it: among known gender, with its n ("50,0% (9 van 18)"), marked
 * "onvolledig" below 75% known, "onbekend" without any known gender.
 */
export function shareCell(b: { vrouwen: number; mannen: number; x: number }): string {
  const f = bodyFigures(b);
  const known = f.vrouwen + f.mannen;
  if (f.totaal === 0) return 'geen';
  if (known === 0) return `onbekend (0 van ${formatCount(f.totaal)} bekend)`;
  const base = `${formatShare(f.aandeel_vrouwen_bekend)} (${formatCount(f.vrouwen)} van ${formatCount(known)})`;
  return f.klasse === 'gender_onvolledig'
    ? `${base}, onvolledig: ${formatCount(f.x)} onbekend`
    : f.x > 0
      ? `${base}; ${formatCount(f.x)} onbekend`
      : base;
}

/** "de gemeenteraad", "het college van burgemeester en wethouders": a body with its article. */
export function bodyName(orgaan: string, label: string): string {
  if (orgaan === 'college') return 'het college van burgemeester en wethouders';
  if (orgaan === 'raad') return 'de gemeenteraad';
  return `de ${label.toLowerCase()}`;
}

/**
 * A cell for a body that may have one seat (a role): "vrouw", "man", "onbekend" for one person,
 * else the share among known gender with its n.
 */
export function personOrShareCell(b: { vrouwen: number; mannen: number; x: number }): string {
  if (b.vrouwen + b.mannen + b.x === 1)
    return b.vrouwen === 1 ? 'vrouw' : b.mannen === 1 ? 'man' : 'onbekend (geen aanhef)';
  return shareCell(b);
}

/**
 * "in Amsterdam 50,0% (9 van 18; van 27 geen aanhef)": a place and its share among known gender,
 * for sentences that put places side by side.
 */
export function sharePhrase(
  place: string,
  b: { vrouwen: number; mannen: number; x: number },
): string {
  const f = bodyFigures(b);
  const known = f.vrouwen + f.mannen;
  if (known === 0) return `${place} onbekend`;
  const unknown = f.x > 0 ? `; ${formatCount(f.x)} zonder bekend gender` : '';
  return `${place} ${formatShare(f.aandeel_vrouwen_bekend)} (${formatCount(f.vrouwen)} van ${formatCount(known)}${unknown})`;
}

/** "9 van 18 met bekend gender; 27 zonder aanhef", "5 van 9": the n behind a share. */
export function countPhrase(b: {
  vrouwen: number;
  mannen: number;
  x: number;
  bronsoort?: Bronsoort;
}): string {
  const known = b.vrouwen + b.mannen;
  if (b.x === 0) return `${formatCount(b.vrouwen)} van ${formatCount(known)}`;
  const missing =
    b.bronsoort === 'verkiezingsuitslag' ? 'zonder gender in de uitslag' : 'zonder aanhef';
  return `${formatCount(b.vrouwen)} van ${formatCount(known)} met bekend gender; ${formatCount(b.x)} ${missing}`;
}
