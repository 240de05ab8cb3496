import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { browserLanguage, changeLanguage, LANGUAGES } from '../../lib/i18n.ts';
import { languageName } from '../../lib/language-name.ts';
import { useTRPC } from '../../lib/trpc.ts';

const BROWSER = '';

/** The language a person reads Needle in, on every device they sign in on; or their browser's. */
export function LanguageForm({ language }: { language: string | null | undefined }) {
  const { t } = useTranslation('account');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState(language ?? BROWSER);
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.account.setLanguage.mutationOptions());

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const chosen = choice === BROWSER ? null : choice;
    try {
      await save.mutateAsync({ language: chosen });
    } catch {
      return;
    }
    await changeLanguage(chosen ?? browserLanguage());
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: trpc.account.me.queryKey() });
  }

  const options = [{ value: BROWSER, label: t('language.browser', { language: languageName(browserLanguage()) }), lang: undefined }, ...LANGUAGES.map((lang) => ({ value: lang, label: languageName(lang), lang }))];
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{t('language.legend')}</legend>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3 text-slate-900">
            <input
              type="radio"
              name="language"
              value={o.value}
              checked={choice === o.value}
              onChange={() => {
                setChoice(o.value);
                setSaved(false);
              }}
              className="size-4 shrink-0 accent-accent-700"
            />
            {/* A language's own name is not translated: "Español" reads the same to everyone. */}
            <span lang={o.lang} translate={o.lang ? 'no' : undefined}>
              {o.label}
            </span>
          </label>
        ))}
      </fieldset>
      <FormAlert message={save.isError ? errorMessage(save.error) : undefined} />
      {saved && <SuccessNotice>{t('language.saved')}</SuccessNotice>}
      <Button type="submit" pending={save.isPending} pendingLabel={t('language.saving')}>
        {t('language.save')}
      </Button>
    </form>
  );
}
