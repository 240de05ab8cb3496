import { RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { useFormats } from '../../../lib/use-words.ts';
import { buildTree, descendantCount, toDiagramNode } from '../../../../shared/domain/plan-tree.ts';
import type { Plan, PlanNode } from '../use-plan.ts';

type Props = { plan: Plan; canEdit: boolean; busyId: number | null; onRestore: (node: PlanNode) => void };

/** Retired drivers and change ideas: kept, out of the diagram, and restorable. */
export function RetiredNodes({ plan, canEdit, busyId, onRestore }: Props) {
  const { t } = useTranslation(['plan', 'common']);
  const f = useFormats();
  const nodes = plan.nodes.map(toDiagramNode);
  const tree = buildTree(nodes);
  const retired = tree.retired.map((n) => plan.nodes.find((p) => p.id === n.id)!);
  if (!retired.length) return null;
  return (
    <section aria-labelledby="retired-heading" className="space-y-3">
      <div className="space-y-1">
        <h3 id="retired-heading" className="text-lg font-semibold text-slate-900">
          {t('retired.heading')}
        </h3>
        <p className="text-sm text-slate-600">{t('retired.intro')}</p>
      </div>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
        {retired.map((node) => {
          const parent = node.parentId === null ? null : tree.byId.get(node.parentId);
          // Restoring needs an active parent: a retired one (or one under a retired one) comes back first.
          const blockedBy = parent && !tree.isVisible(parent.id) ? parent : null;
          const under = descendantCount(nodes, node.id);
          return (
            <li key={node.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0 space-y-0.5">
                <p className="text-xs font-medium text-slate-600">{t(`common:labels.nodeKind.${node.kind}`)}</p>
                <p translate="no" className="font-medium break-words text-slate-900">
                  {node.title}
                </p>
                <p className="text-sm text-slate-700">
                  {[
                    parent && t('retired.wasUnder', { title: parent.title }),
                    node.retiredAt && t('retired.on', { date: f.date(node.retiredAt) }),
                    under > 0 && t('retired.itemsUnder', { count: under, n: f.count(under) }),
                  ]
                    .filter(Boolean)
                    .join(' ')}
                </p>
                {canEdit && blockedBy && <p className="text-sm text-slate-700">{t('retired.restoreFirst', { title: blockedBy.title })}</p>}
              </div>
              {canEdit && (
                <Button
                  variant="secondary"
                  size="sm"
                  className="min-h-11 shrink-0"
                  data-restore={node.id}
                  disabled={!!blockedBy}
                  pending={busyId === node.id}
                  pendingLabel={t('retired.restoring')}
                  aria-label={t('retired.restoreLabel', { title: node.title })}
                  onClick={() => onRestore(node)}
                >
                  <RotateCcw aria-hidden="true" className="size-4" /> {t('retired.restore')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
