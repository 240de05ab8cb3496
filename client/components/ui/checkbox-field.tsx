import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> & { label: ReactNode; hint?: ReactNode; error?: string | undefined; ref?: Ref<HTMLInputElement> };

/** One checkbox with its label and, under it, a hint and any error (react-hook-form's `register` spreads onto it). */
export function CheckboxField({ label, hint, error, ...input }: Props) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <input id={id} type="checkbox" className="mt-1 size-5 shrink-0 accent-accent-700" aria-describedby={hint ? `${id}-hint` : undefined} aria-invalid={error ? true : undefined} {...input} />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
        {error && <p className="text-sm text-red-700">{error}</p>}
      </div>
    </div>
  );
}

export type CheckItem = { id: number; name: string; detail: ReactNode };

/**
 * A scrolling list of things to tick, each a person's own words (its name, never translated) with a
 * line saying what it is. The legend, hint and error belong to the fieldset around it.
 */
export function CheckList({ items, chosen, onToggle }: { items: readonly CheckItem[]; chosen: readonly number[]; onToggle: (id: number, on: boolean) => void }) {
  return (
    <ul className="max-h-72 space-y-1 overflow-y-auto rounded-lg border border-slate-300 bg-white p-1">
      {items.map((item) => (
        <li key={item.id}>
          <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 py-1 text-sm hover:bg-slate-50">
            <input type="checkbox" className="size-4 shrink-0 accent-accent-700" checked={chosen.includes(item.id)} onChange={(e) => onToggle(item.id, e.target.checked)} />
            <span className="min-w-0 break-words">
              <span translate="no" className="text-slate-900">
                {item.name}
              </span>
              <span className="block text-slate-600">{item.detail}</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
