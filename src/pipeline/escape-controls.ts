/** Control characters made visible before text from a folder (file names, reasons quoting them) reaches a terminal. */

// C0 and C1 controls and DEL, the Arabic letter mark, LRM/RLM, line and paragraph separators, bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same, less C0: JSON.stringify already escapes those inside strings, and the JSON's own line breaks must stay.
export const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shows control characters as escapes (\x1b, \n, \u202e). File names and the reasons that quote
 * them come from the folder: a name holding ESC [2J would clear the terminal, one holding a line
 * break would forge a warning line, a bidi override would make a name read other than it is.
 */
export function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\t') return '\\t';
    if (char === '\r') return '\\r';
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
