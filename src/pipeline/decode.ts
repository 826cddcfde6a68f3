// Turns raw bytes into text: UTF-8 (BOM or not), else Windows-1252, as DATA.md §2 requires.

export type TextEncodingName = 'utf-8' | 'windows-1252';

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
