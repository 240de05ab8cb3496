import { useTranslation } from 'react-i18next';
import { cx } from '../../../components/ui/cx.ts';

/**
 * "How this was decided", closed until asked: the rule behind a verdict first, then the statistics
 * it rests on (shared/qi/verdict-words.ts `howDecided` gives the lines).
 */
export function HowDecided({ lines, className, summaryClassName }: { lines: readonly string[]; className?: string; summaryClassName?: string }) {
  const { t } = useTranslation('indicator');
  const [first, ...rest] = lines;
  return (
    <details className={className}>
      <summary className={cx('min-h-11 cursor-pointer py-2 text-sm font-medium underline', summaryClassName)}>{t('verdict.howDecided')}</summary>
      <div className="text-sm">
        <p className={rest.length > 0 ? 'font-medium' : undefined}>{first}</p>
        {rest.length > 0 && (
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {rest.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
