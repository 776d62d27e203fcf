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
    text = new TextDecoder('windows-1252').decode(bytes);
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
