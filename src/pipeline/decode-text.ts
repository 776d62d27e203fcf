/** Turns a file's bytes into text with one line-ending style, or says why it cannot. */

export type DecodedText = { ok: true; text: string; note: string | null } | { ok: false; reason: string };

/** Decodes UTF-8 (dropping a BOM), falling back to Windows-1252 when the bytes are not UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const controlBytes = countControlBytes(bytes);
  if (controlBytes.nul > 0) return { ok: false, reason: 'the file holds NUL bytes: it looks binary, not text' };
  let text: string;
  let note: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: Latin-1 and Windows-1252 copies are the common case, and every byte maps to a character.
    text = decodeWindows1252(bytes);
    note = 'not valid UTF-8; read as Windows-1252';
  }
  text = normalizeLineEndings(text);
  if (text.trim() === '') return { ok: false, reason: 'the file holds only whitespace' };
  return { ok: true, text, note };
}

/** CRLF and lone CR become LF, so offsets mean the same on every platform. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function countControlBytes(bytes: Uint8Array): { nul: number } {
  let nul = 0;
  for (const byte of bytes) if (byte === 0) nul++;
  return { nul };
}

/** Windows-1252's printable characters in 0x80–0x9F (smart quotes, dashes, €); the rest is Latin-1. */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

// Node's built-in decoder treats "windows-1252" as Latin-1 without full ICU, losing smart quotes.
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += WINDOWS_1252_HIGH[byte] ?? String.fromCharCode(byte);
  return text;
}
