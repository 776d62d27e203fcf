import { useId, type ReactNode } from 'react';
import { FIELD_LABEL, SELECT, TEXT_INPUT } from '../ui/button-styles.ts';

/** `id` when it is still among `items`, else the id of the item at `fallback`. */
export function pickPresent(items: ReadonlyArray<{ id: string }>, id: string, fallback: number): string {
  return items.some((item) => item.id === id) ? id : (items[fallback]?.id ?? items[0]?.id ?? '');
}

/** A control under its label; `control` receives the id the label points at. */
function Labelled(props: { label: string; control: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={FIELD_LABEL}>
        {props.label}
      </label>
      {props.control(id)}
    </div>
  );
}

/** A labelled text box. */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <Labelled
      label={props.label}
      control={(id) => (
        <input
          id={id}
          type="text"
          value={props.value}
          placeholder={props.placeholder}
          onChange={(event) => props.onChange(event.target.value)}
          className={`mt-1 ${TEXT_INPUT}`}
        />
      )}
    />
  );
}

/** A labelled drop-down of options given as [value, text]. */
export function SelectField(props: {
  label: string;
  value: string;
  options: ReadonlyArray<readonly [string, string]>;
  onChange: (value: string) => void;
}) {
  return (
    <Labelled
      label={props.label}
      control={(id) => (
        <select
          id={id}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          className={`mt-1 ${SELECT}`}
        >
          {props.options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** One kind of correction: a titled group of fields and its buttons. */
export function CorrectionForm(props: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="mb-2 text-sm font-semibold text-neutral-900 dark:text-neutral-100">{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
