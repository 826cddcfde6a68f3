// The hidden term block that lets Pagefind find what it would not split itself.
import { describe, expect, it } from 'vitest';
import { nameVariants, searchTerms, TERMS_MARKER } from '../../../src/site/search-terms.ts';

const terms = (block: string) => block.slice(TERMS_MARKER.length).trim().split(' ');

describe('searchTerms', () => {
  it('holds the name parts, the name without spaces and the parts of known compounds', () => {
    const block = searchTerms(['Sint-Niklaas'], ['Gemeenteraad']);
    expect(block.startsWith(TERMS_MARKER)).toBe(true);
    expect(terms(block)).toEqual(
      expect.arrayContaining(['Sint', 'Niklaas', 'SintNiklaas', 'gemeente', 'raad']),
    );
  });

  it('takes postcodes from the text, not other numbers', () => {
    expect(terms(searchTerms(['Gent'], ['9000', '12345', '2025a']))).toEqual(
      expect.arrayContaining(['9000']),
    );
    expect(terms(searchTerms(['Gent'], ['12345']))).not.toContain('12345');
  });

  it('keeps a code whole (an institution key the page shows outside the index)', () => {
    const list = terms(searchTerms(['Raad Grootlande'], [], ['DEMO-00001']));
    expect(list).toContain('DEMO-00001');
    // Not split into parts the way names are: "00001" alone would match every demo key.
    expect(list).not.toContain('00001');
  });
});

describe('nameVariants', () => {
  it('gives the name with spaces for dashes, the joined form and the parts', () => {
    expect(nameVariants('Beveren-Kruibeke-Zwijndrecht')).toEqual([
      'Beveren Kruibeke Zwijndrecht',
      'BeverenKruibekeZwijndrecht',
      'Beveren',
      'Kruibeke',
      'Zwijndrecht',
    ]);
  });
});
