/** Turns a file's bytes into text with one line-ending style, or says why it cannot. */

export type DecodedText = { ok: true; text: string; note: string | null } | { ok: false; reason: string };

/**
 * Decodes UTF-8 (dropping a BOM) or UTF-16 with a BOM. Bytes that are not UTF-8 are read as
 * Windows-1252 when they hold no valid multi-byte UTF-8 at all (a Latin-1 or Windows copy);
 * a UTF-8 file with a few broken bytes keeps its UTF-8 and shows U+FFFD for those bytes.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const utf16 = decodeUtf16WithBom(bytes);
  if (utf16 !== null) return finish(utf16, 'read as UTF-16 (byte-order mark)');
  if (bytes.includes(0)) return { ok: false, reason: 'the file holds NUL bytes: it looks binary, not text' };
  if (looksBinary(bytes)) return { ok: false, reason: 'the file holds control bytes: it looks binary, not text' };
  try {
    return finish(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), null);
  } catch {
    const { validSequences, invalidBytes } = countUtf8Sequences(bytes);
    const declaresUtf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (declaresUtf8 || validSequences > invalidBytes) {
      const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
      return finish(text, `${invalidBytes} byte${invalidBytes === 1 ? ' is' : 's are'} not valid UTF-8 and show as �`);
    }
    // Latin-1 and Windows-1252 copies are the common case, and every byte maps to a character.
    return finish(decodeWindows1252(bytes), 'not valid UTF-8; read as Windows-1252');
  }
}

function finish(raw: string, note: string | null): DecodedText {
  const text = normalizeLineEndings(raw);
  if (text.trim() === '') return { ok: false, reason: 'the file holds only whitespace' };
  return { ok: true, text, note };
}

/** CRLF and lone CR become LF, so offsets mean the same on every platform. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeUtf16WithBom(bytes: Uint8Array): string | null {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return null;
  // Swap to little-endian ourselves: Node without full ICU lacks a utf-16be decoder.
  const body = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
  const little = be ? body.map((_, index) => body[index ^ 1]!) : body;
  return new TextDecoder('utf-16le').decode(little);
}

/** Text has next to no C0 control bytes besides tab, line feed, form feed, carriage return and escape. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0b &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1a &&
      byte !== 0x1b
    )
      control++;
  }
  return control > 8 && control > bytes.length / 100;
}

/** Counts well-formed multi-byte UTF-8 sequences and the bytes that fit none. */
export function countUtf8Sequences(bytes: Uint8Array): { validSequences: number; invalidBytes: number } {
  let validSequences = 0;
  let invalidBytes = 0;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && index + length <= bytes.length;
    for (let offset = 1; ok && offset < length; offset++) ok = (bytes[index + offset]! & 0xc0) === 0x80;
    if (ok) {
      validSequences++;
      index += length;
    } else {
      invalidBytes++;
      index++;
    }
  }
  return { validSequences, invalidBytes };
}

/** Windows-1252's printable characters in 0x80–0x9F (smart quotes, dashes, €); the rest is Latin-1. */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};
const WINDOWS_1252 = Array.from({ length: 256 }, (_, byte) => WINDOWS_1252_HIGH[byte] ?? String.fromCharCode(byte));

// Node's built-in decoder treats "windows-1252" as Latin-1 without full ICU, losing smart quotes.
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Joined in slices: one character string per byte of a 20 MB file at once would be wasteful.
  for (let start = 0; start < bytes.length; start += 65_536) {
    let slice = '';
    for (const byte of bytes.subarray(start, start + 65_536)) slice += WINDOWS_1252[byte]!;
    parts.push(slice);
  }
  return parts.join('');
}
