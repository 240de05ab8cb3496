import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Field } from '../../components/ui/field.tsx';
import { Select } from '../../components/ui/select.tsx';
import { Textarea } from '../../components/ui/textarea.tsx';
import { errorData, errorMessage } from '../../lib/errors.ts';
import { currentLanguage, LANGUAGES } from '../../lib/i18n.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { languageList, languageName } from './use-reports.ts';

type Language = string;

type Props = {
  networkId: number;
  reportId: number;
  /** The saved draft version the person is looking at: what they read is what is published. */
  version: number;
  /** The newest published version: its number, and the languages it was published in. */
  latest: { number: number; languages: string[] } | null;
  /** The draft is the newest version as published: publishing adds it in another language. */
  draftIsPublished: boolean;
  disabled: boolean;
  onPublished: (published: { number: number; language: string }) => void;
};

/**
 * Publishing the draft in a language (the one on screen unless the person picks the other).
 * Once published in one, the same draft can be published in the other under the same number;
 * any publication after the first number is a correction and says what changed.
 */
export function PublishDialog({ networkId, reportId, version, latest, draftIsPublished, disabled, onPublished }: Props) {
  const { t } = useTranslation('reports');
  const f = useFormats();
  const [open, setOpen] = useState(false);
  const screen = currentLanguage() === 'es' ? 'es' : 'en';
  const missing = draftIsPublished && latest ? LANGUAGES.filter((l) => !latest.languages.includes(l)) : [];
  const translation = missing.length > 0;
  const published = latest?.number ?? 0;
  const number = translation ? published : published + 1;
  const correction = number > 1;
  const languages: readonly Language[] = translation ? missing : LANGUAGES;
  const initial: Language = languages.includes(screen) ? screen : languages[0]!;
  const name = (l: string) => languageName(l, f.locale);

  const title = translation ? t('publish.titleLanguage', { language: name(initial) }) : correction ? t('publish.titleCorrection') : t('publish.title');
  const description = translation
    ? t('publish.descriptionLanguage', { version: published, published: languageList(latest!.languages, f.locale), language: name(initial) })
    : correction
      ? t('publish.descriptionCorrection', { next: number, current: published })
      : t('publish.description');
  const trigger = translation ? t('publish.triggerLanguage', { language: name(initial) }) : correction ? t('publish.triggerCorrection') : t('publish.trigger');
  return (
    <Dialog open={open} onOpenChange={setOpen} title={title} description={description} trigger={<Button disabled={disabled || (draftIsPublished && !translation)}>{trigger}</Button>}>
      {open && (
        <PublishForm
          networkId={networkId}
          reportId={reportId}
          version={version}
          correction={correction}
          translation={translation}
          languages={languages}
          initial={initial}
          onCancel={() => setOpen(false)}
          onPublished={onPublished}
        />
      )}
    </Dialog>
  );
}

function PublishForm({
  networkId,
  reportId,
  version,
  correction,
  translation,
  languages,
  initial,
  onCancel,
  onPublished,
}: {
  networkId: number;
  reportId: number;
  version: number;
  correction: boolean;
  translation: boolean;
  languages: readonly Language[];
  initial: Language;
  onCancel: () => void;
  onPublished: (published: { number: number; language: string }) => void;
}) {
  const { t } = useTranslation('reports');
  const f = useFormats();
  const trpc = useTRPC();
  const [note, setNote] = useState('');
  const [language, setLanguage] = useState<Language>(initial);
  const [noteError, setNoteError] = useState<string | undefined>();
  const publish = useMutation(
    trpc.report.publish.mutationOptions({
      onSuccess: (published) => onPublished(published),
      onError: (error) => {
        const field = errorData(error)?.fieldErrors?.note;
        if (field) setNoteError(field.join(' '));
      },
    }),
  );
  const formError = publish.isError && !errorData(publish.error)?.fieldErrors?.note ? errorMessage(publish.error) : null;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (correction && note.trim() === '') {
          setNoteError(t('publish.noteRequired'));
          return;
        }
        setNoteError(undefined);
        publish.mutate({ networkId, reportId, version, note: note.trim(), language });
      }}
    >
      {languages.length > 1 && (
        <Field label={t('publish.language')} hint={t('publish.languageHint')}>
          {(p) => (
            <Select {...p} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              {languages.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageName(l, f.locale, true)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Field
        label={correction ? t('publish.noteLabelCorrection') : t('publish.noteLabel')}
        hint={correction ? t('publish.noteHintCorrection') : t('publish.noteHint')}
        error={noteError}
      >
        {(p) => <Textarea {...p} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />}
      </Field>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {t('publish.cancel')}
        </Button>
        <Button type="submit" pending={publish.isPending} pendingLabel={t('publish.publishing')}>
          {translation ? t('publish.submitLanguage', { language: languageName(language, f.locale) }) : correction ? t('publish.submitCorrection') : t('publish.submit')}
        </Button>
      </div>
    </form>
  );
}
