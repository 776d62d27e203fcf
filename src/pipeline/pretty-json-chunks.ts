/**
 * `JSON.stringify(value, null, 2)` in pieces. The corpus of 10,000 articles prints as some 75 million
 * characters; as one string (two bytes a character once any character is past Latin-1, then a copy to
 * write it) that was most of the CLI's memory. Here the top levels (the corpus' keys, the items of its
 * lists, their fields) are walked by hand and everything below is left to JSON.stringify, re-indented:
 * a JSON text holds no raw line feed inside a string, so each "\n" it writes starts a line to indent.
 * Joined, the pieces are the same characters as JSON.stringify's.
 */

/** Containers nested deeper than this are written by JSON.stringify in one piece (an article's text, its sentences). */
const WALKED_DEPTH = 3;
/** Pieces are joined up to about this many characters before they are handed out. */
const CHUNK_CHARS = 1 << 16;

/** The text of `JSON.stringify(value, null, 2)` in chunks of about `chunkChars` characters; none for a value JSON leaves out (undefined). */
export function* stringifyPrettyInChunks(value: unknown, chunkChars = CHUNK_CHARS): Generator<string, void, undefined> {
  let buffer: string[] = [];
  let buffered = 0;
  for (const piece of valuePieces(value, '', 0, '')) {
    buffer.push(piece);
    buffered += piece.length;
    if (buffered >= chunkChars) {
      yield buffer.join('');
      buffer = [];
      buffered = 0;
    }
  }
  if (buffered > 0) yield buffer.join('');
}

/** The pieces of the value under `key` (what JSON.stringify hands a toJSON: the property name or index), at `depth` and `indent`. */
function valuePieces(value: unknown, key: string, depth: number, indent: string): Iterable<string> {
  const resolved = resolveToJson(value, key);
  if (typeof resolved !== 'object' || resolved === null) {
    // A string, number, boolean or null is one line: no indenting to do. (undefined, a function: nothing.)
    const text = JSON.stringify(resolved);
    return text === undefined ? [] : [text];
  }
  if (depth < WALKED_DEPTH && isWalkable(resolved)) return containerPieces(resolved, depth, indent);
  const text = JSON.stringify(resolved, null, 2) as string | undefined;
  if (text === undefined) return [];
  return [indent === '' ? text : text.replaceAll('\n', `\n${indent}`)];
}

function* containerPieces(
  container: unknown[] | Record<string, unknown>,
  depth: number,
  indent: string,
): Generator<string, void, undefined> {
  const inner = `${indent}  `;
  if (Array.isArray(container)) {
    if (container.length === 0) return yield '[]';
    for (let index = 0; index < container.length; index++) {
      yield index === 0 ? `[\n${inner}` : `,\n${inner}`;
      // An item JSON leaves out (undefined, a function) is written as null in a list.
      let written = false;
      for (const piece of valuePieces(container[index], String(index), depth + 1, inner)) {
        written = true;
        yield piece;
      }
      if (!written) yield 'null';
    }
    return yield `\n${indent}]`;
  }
  let opened = false;
  for (const name of Object.keys(container)) {
    const pieces = valuePieces(container[name], name, depth + 1, inner);
    // A field JSON leaves out is skipped, name and all: only a value written whole can be left out, so that is known here.
    if (Array.isArray(pieces) && pieces.length === 0) continue;
    yield `${opened ? ',' : '{'}\n${inner}${JSON.stringify(name)}: `;
    opened = true;
    yield* pieces;
  }
  yield opened ? `\n${indent}}` : '{}';
}

/**
 * What JSON.stringify writes in place of `value`: the result of its toJSON, if it has one. (Should that
 * result have a toJSON of its own, JSON.stringify would not call it; here a value written whole would.
 * Plain data, as the corpus is, has none.)
 */
function resolveToJson(value: unknown, key: string): unknown {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return value;
}

/** Lists and plain objects; anything else (boxed primitives, class instances) goes to JSON.stringify whole. */
function isWalkable(value: unknown): value is unknown[] | Record<string, unknown> {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
