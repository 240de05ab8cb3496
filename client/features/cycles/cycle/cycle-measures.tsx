import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Cycle } from '../use-cycles.ts';
import { measureHref } from '../../../app/paths.ts';

/** The measures a cycle expects to move, each a link to where it is read, with what kind it is. */
export function CycleMeasures({ measures, slug }: { measures: Cycle['measures']; slug: string }) {
  const { t } = useTranslation(['cycles', 'indicator']);
  return (
    <ul className="space-y-1">
      {measures.map((m) => (
        <li key={m.id} className="break-words">
          <Link to={measureHref(slug, m)} translate="no">
            {m.name}
          </Link>{' '}
          <span className="text-slate-600">({t(`indicator:measureKind.${m.kind}`)})</span>
        </li>
      ))}
    </ul>
  );
}
