// How a reader reaches the publisher (bron.json `contact`): an e-mail address becomes a mailto:
// link with a subject that names the page (and figure), a web address is linked as it is.
// bron.json only accepts http(s), mailto: or a bare address (src/domain/input-rules.ts).

export interface ContactLink {
  href: string;
  /** the address as a reader would write it down */
  text: string;
  email: boolean;
}

export function contactLink(contact: string | undefined, subject: string): ContactLink | null {
  if (!contact) return null;
  const value = contact.trim();
  if (/^https?:\/\//i.test(value)) return { href: value, text: value, email: false };
  const address = value.replace(/^mailto:/i, '');
  return {
    href: `mailto:${address}?subject=${encodeURIComponent(subject)}`,
    text: address,
    email: true,
  };
}

/** What the licence lets a reader do, in one sentence that is true for that licence. */
export function licenceSentence(licentie: string): string {
  const id = licentie.trim().toUpperCase();
  if (id.startsWith('CC0'))
    return `De cijfers zijn vrijgegeven onder ${licentie}: u mag ze zonder voorwaarden hergebruiken; een bronvermelding stellen we op prijs, maar is niet verplicht.`;
  if (id.startsWith('CC-BY') || id.startsWith('CC BY'))
    return `De cijfers vallen onder ${licentie}: u mag ze hergebruiken, ook commercieel, met bronvermelding${id.includes('SA') ? ' en onder dezelfde licentie' : ''}.`;
  return `De cijfers vallen onder de licentie ${licentie}; zie de licentietekst voor wat hergebruik toestaat.`;
}
