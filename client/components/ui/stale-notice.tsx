import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../../shared/i18n/words.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';

type Props = {
  title: string;
  /** What happened and what to do, in this screen's words. */
  children: ReactNode;
  /** Names of the fields the other person changed, said before the rest. */
  changed?: string[];
  /** Said after the buttons: what saving mine does to the rest of theirs. */
  footnote?: ReactNode;
  pending?: boolean;
  onLoadTheirs?: () => void;
  loadTheirsLabel?: string;
  onSaveMine?: () => void;
};

/**
 * Someone saved first: nothing was written and this person's edits are still on screen. With the
 * handlers it offers the two ways on: load theirs, or save mine anyway.
 */
export function StaleNotice({ title, children, changed, footnote, pending = false, onLoadTheirs, loadTheirsLabel, onSaveMine }: Props) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" title={title}>
      <p>
        {changed?.length ? t('notices.stale.changed', { fields: listWords(t, changed) }) : null}
        {children}
      </p>
      {(onLoadTheirs || onSaveMine) && (
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          {onLoadTheirs && (
            <Button variant="secondary" onClick={onLoadTheirs} disabled={pending}>
              {loadTheirsLabel ?? t('actions.loadTheirs')}
            </Button>
          )}
          {onSaveMine && (
            <Button pending={pending} pendingLabel={t('states.saving')} onClick={onSaveMine}>
              {t('actions.saveMine')}
            </Button>
          )}
        </div>
      )}
      {footnote && <p className="mt-2">{footnote}</p>}
    </Alert>
  );
}

/** 'a, b and c'. */
function listWords(t: Translate, words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : t('notices.stale.list', { first: words.slice(0, -1).join(', '), last: words.at(-1) });
}
