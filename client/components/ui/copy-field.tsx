import { Check, Copy } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';
import { controlClasses } from './input.tsx';

/** A read-only value with a copy button; falls back to selecting the text where copying is blocked. */
export function CopyField({ label, value, copyLabel }: { label: string; value: string; copyLabel?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Selected above: the person can copy it by hand.
    }
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input id={id} ref={input} readOnly value={value} className={`${controlClasses} font-mono`}
          translate="no" onFocus={(e) => e.currentTarget.select()} />
        <Button variant="secondary" onClick={copy} className="shrink-0">
          {copied ? <Check aria-hidden="true" className="size-4" /> : <Copy aria-hidden="true" className="size-4" />}
          {copied ? t('actions.copied') : (copyLabel ?? t('actions.copy'))}
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {copied ? t('notices.linkCopied') : ''}
      </p>
    </div>
  );
}
