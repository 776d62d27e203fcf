/**
 * The corrections an export prints beside a value, as the views word them: "Corrected: <note>
 * (<what changed>)". Extracted values are written as stored (ISO with offset for times), since
 * an export is read outside the page and its zone setting.
 */
import type { Correction } from '../../corpus/schema.ts';
import { describeCorrectionChanges } from '../shared/corrections.ts';

/** One line per correction; [] when there is none. */
export function formatCorrectionLines(corrections: readonly Correction[]): string[] {
  return corrections.map((correction) => {
    const changes = describeCorrectionChanges(correction);
    return changes === '' ? `Corrected: ${correction.note}` : `Corrected: ${correction.note} (${changes})`;
  });
}
