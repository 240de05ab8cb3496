import { RotateCcw } from 'lucide-react';
import { NODE_KIND_LABELS } from '../../../../shared/schemas/plan.ts';
import { Button } from '../../../components/ui/button.tsx';
import { formatDate } from '../../../../shared/format/dates.ts';
import { plural } from '../../../../shared/format/words.ts';
import { buildTree, descendantCount, toDiagramNode } from '../../../../shared/domain/plan-tree.ts';
import type { Plan, PlanNode } from '../use-plan.ts';

type Props = { plan: Plan; canEdit: boolean; busyId: number | null; onRestore: (node: PlanNode) => void };

/** Retired drivers and change ideas: kept, out of the diagram, and restorable. */
export function RetiredNodes({ plan, canEdit, busyId, onRestore }: Props) {
  const nodes = plan.nodes.map(toDiagramNode);
  const tree = buildTree(nodes);
  const retired = tree.retired.map((n) => plan.nodes.find((p) => p.id === n.id)!);
  if (!retired.length) return null;
  return (
    <section aria-labelledby="retired-heading" className="space-y-3">
      <div className="space-y-1">
        <h3 id="retired-heading" className="text-lg font-semibold text-slate-900">
          Retired items
        </h3>
        <p className="text-sm text-slate-600">No longer in the diagram. Their actions and history stay; restoring brings back what was under them.</p>
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
                <p className="text-xs font-medium text-slate-600">{NODE_KIND_LABELS[node.kind]}</p>
                <p className="font-medium break-words text-slate-900">{node.title}</p>
                <p className="text-sm text-slate-700">
                  {parent && <>Was under “{parent.title}”. </>}
                  {node.retiredAt && <>Retired on {formatDate(node.retiredAt)}. </>}
                  {under > 0 && <>{plural(under, 'item')} under it.</>}
                </p>
                {canEdit && blockedBy && <p className="text-sm text-slate-700">Restore “{blockedBy.title}” first.</p>}
              </div>
              {canEdit && (
                <Button
                  variant="secondary"
                  size="sm"
                  className="min-h-11 shrink-0"
                  data-restore={node.id}
                  disabled={!!blockedBy}
                  pending={busyId === node.id}
                  pendingLabel="Restoring…"
                  aria-label={`Restore “${node.title}”`}
                  onClick={() => onRestore(node)}
                >
                  <RotateCcw aria-hidden="true" className="size-4" /> Restore
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
