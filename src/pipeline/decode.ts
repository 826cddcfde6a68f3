// Turns raw bytes into text (DATA.md §2): UTF-8 with or without BOM; a file that is not valid
// UTF-8 is read as Windows-1252. Two cases are not guessed at: a file that is UTF-8 in one place
// and not in another (a Windows-1252 byte pasted into a UTF-8 file: reading it either way
// garbles part of it), and NUL bytes (UTF-16 without its BOM, or not a text file). UTF-16 with
// a BOM (Excel's "Unicode text") is read as what it says it is.

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export class EncodingError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

/** Where a byte offset lies, as 1-based line and column (columns in bytes). */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Length of the valid UTF-8 multi-byte sequence at `i`, or 0 when there is none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const length =
    b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k += 1) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * Scans bytes that failed strict UTF-8 decoding: the first invalid byte, and whether valid
 * multi-byte sequences occur too (then the file mixes encodings).
 */
export function inspectNonUtf8(bytes: Uint8Array): { firstInvalid: number; multiByte: number } {
  let firstInvalid = -1;
  let multiByte = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i]! < 0x80) {
      i += 1;
      continue;
    }
    const length = utf8SequenceAt(bytes, i);
    if (length > 0) {
      multiByte += 1;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      i += 1;
    }
  }
  return { firstInvalid, multiByte };
}

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = position(bytes, nul);
    throw new EncodingError(
      at.line,
      at.column,
      'bevat NUL-bytes: geen tekstbestand, of UTF-16 zonder BOM; sla het op als UTF-8 (CSV)',
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    const mixed = mixedEncoding(bytes);
    if (mixed) throw mixed;
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * For bytes that are not valid UTF-8: an error at the first invalid byte when the file is UTF-8
 * elsewhere (a BOM or valid multi-byte sequences), else null (plain Windows-1252).
 */
export function mixedEncoding(bytes: Uint8Array): EncodingError | null {
  const { firstInvalid, multiByte } = inspectNonUtf8(bytes);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (firstInvalid < 0 || (multiByte === 0 && !hasBom)) return null;
  const at = position(bytes, firstInvalid);
  const byte = bytes[firstInvalid]!.toString(16).toUpperCase().padStart(2, '0');
  return new EncodingError(
    at.line,
    at.column,
    `gemengde codering: het bestand is UTF-8, maar byte 0x${byte} op deze plaats is geen UTF-8 (een teken uit Windows-1252?); sla het hele bestand op als UTF-8`,
  );
}
