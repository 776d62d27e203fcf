import type { Correction } from '../../corpus/schema.ts';
import { describeCorrectionChanges } from '../shared/corrections.ts';

type Props = {
  corrections: readonly Correction[];
  className?: string;
  /** Renders an extracted value for the reader (times in the shown zone); the value as stored by default. */
  formatValue?: (field: string, value: string) => string;
};

/** "Corrected: <note> (title was “…”)" for each correction an editor made to what is shown beside it. */
export function CorrectionNotes({ corrections, className, formatValue }: Props) {
  if (corrections.length === 0) return null;
  return (
    <ul className={className}>
      {corrections.map((correction, index) => (
        <li key={index}>
          <span className="font-medium">Corrected:</span> {correction.note} (
          {describeCorrectionChanges(correction, formatValue)})
        </li>
      ))}
    </ul>
  );
}
