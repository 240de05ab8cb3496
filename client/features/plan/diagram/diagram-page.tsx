import { useMutation, useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { isOverdue, localToday } from '../../../../shared/domain/plan.ts';
import { can } from '../../../../shared/domain/permissions.ts';
import { DECISION_LABELS, DECISIONS } from '../../../../shared/schemas/cycle.ts';
import { NODE_KIND_LABELS, type NodeKind } from '../../../../shared/schemas/plan.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog, Dialog } from '../../../components/ui/dialog.tsx';
import { EmptyState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { plural } from '../../../../shared/format/words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AimBox } from './aim-box.tsx';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { DriverDiagram } from './driver-diagram.tsx';
import { kindWord } from '../labels.ts';
import { MoveNodeForm, moveTargets } from './move-node-form.tsx';
import { AddNodeForm, addDialogTitle, RenameNodeForm } from './node-forms.tsx';
import { NodeMenu, type NodeCommand } from './node-menu.tsx';
import { RetiredNodes } from './retired-nodes.tsx';
import { commentsAbout, ReviewNote } from '../review/review-note.tsx';
import { descendantCount, toDiagramNode, type DiagramNode } from '../../../../shared/domain/plan-tree.ts';
import { IN_DIALOG, nodeTrigger, useFocusRequest } from './use-focus-request.ts';
import { usePlan, useRefreshPlan, type PlanNode } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

type Open = Exclude<NodeCommand, { kind: 'shift' }>;

export function DiagramPage() {
  const { network, standing, plan } = usePlan();
  usePageTitle(`Driver diagram · ${network.name}`);
  const canEdit = can(standing, 'plan.edit');
  const nodes = useMemo(() => plan.nodes.map(toDiagramNode), [plan.nodes]);
  const live = (id: number) => plan.nodes.find((n) => n.id === id);
  const today = localToday();
  const { hash } = useLocation();
  const linked = /^#node-(\d+)$/.exec(hash)?.[1];

  // A link to one node (from an action or a comment) scrolls to it once the page has settled.
  useEffect(() => {
    if (!linked) return;
    const timer = setTimeout(() => document.getElementById(`node-${linked}`)?.scrollIntoView({ block: 'center' }), 50);
    return () => clearTimeout(timer);
  }, [linked]);

  const trpc = useTRPC();
  const refresh = useRefreshPlan();
  const focus = useFocusRequest();
  const [open, setOpen] = useState<Open | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The version of the node the person saw when they chose to retire it.
  const retireVersion = useStaleVersion<number | null>(null);
  const [retireError, setRetireError] = useState<string | null>(null);

  // Cycle counts are extra: the diagram works without them, and while they load.
  const cycles = useQuery(trpc.cycle.byChangeIdea.queryOptions({ networkId: network.id }));
  const cyclesOf = (id: number) => cycles.data?.find((c) => c.changeIdeaId === id);
  const move = useMutation(trpc.plan.moveNode.mutationOptions());
  const retire = useMutation(trpc.plan.retireNode.mutationOptions());

  /** A failed quick edit (move, restore): say why; after a conflict the diagram is the newest. */
  async function failed(error: unknown, node: PlanNode) {
    await refresh();
    setProblem(
      isStaleVersion(error)
        ? `Someone changed “${node.title}” while you were looking. The diagram now shows the newest version: try again if you still mean to.`
        : errorMessage(error),
    );
  }

  function command(c: NodeCommand) {
    setProblem(null);
    if (c.kind !== 'shift') {
      if (c.kind === 'retire') {
        retireVersion.clear(live(c.nodeId)?.version ?? null);
        setRetireError(null);
      }
      setOpen(c);
      focus(...IN_DIALOG);
      return;
    }
    const node = live(c.nodeId);
    if (!node) return;
    const siblings = nodes.filter((n) => n.parentId === node.parentId && !n.retired).sort((a, b) => a.position - b.position || a.id - b.id);
    const index = siblings.findIndex((n) => n.id === node.id);
    move.mutate(
      { networkId: network.id, nodeId: node.id, version: node.version, parentId: node.parentId, position: index + c.by },
      {
        onSuccess: async () => {
          await refresh();
          focus(nodeTrigger(node.id));
        },
        onError: (error) => failed(error, node),
      },
    );
  }

  /** Closes the open dialog and puts focus where the person will want it next. */
  function close(focusOn?: string) {
    const from = open;
    setOpen(null);
    if (focusOn) return focus(focusOn);
    if (from?.kind === 'add') focus(from.parentId === null ? '[data-add-primary]' : nodeTrigger(from.parentId));
    else if (from) focus(nodeTrigger(from.nodeId));
  }

  function restore(node: PlanNode) {
    setProblem(null);
    retire.mutate(
      { networkId: network.id, nodeId: node.id, version: node.version, retired: false },
      {
        onSuccess: async () => {
          await refresh();
          focus(nodeTrigger(node.id));
        },
        onError: (error) => failed(error, node),
      },
    );
  }

  const target = open && open.kind !== 'add' ? live(open.nodeId) : undefined;
  const parent = open?.kind === 'add' && open.parentId !== null ? (live(open.parentId) ?? null) : null;

  return (
    <div className="space-y-6">
      <section aria-labelledby="diagram-heading" className="space-y-3">
        <div className="space-y-1">
          <h3 id="diagram-heading" className="text-lg font-semibold text-slate-900">
            Driver diagram
          </h3>
          <p className="text-sm text-slate-600">
            How the network means to reach its aim: primary drivers, the secondary drivers behind them, and the change ideas to test.
            {canEdit && ' Each item’s options button (⋮) renames, adds under, moves or retires it.'}
          </p>
        </div>
        {problem && <Alert tone="error">{problem}</Alert>}
        {cycles.isError && (
          <p className="text-sm text-slate-700">
            The number of cycles per change idea could not be loaded.{' '}
            <button type="button" className="inline-flex min-h-11 items-center font-medium text-accent-800 underline" onClick={() => void cycles.refetch()}>
              Try again
            </button>
          </p>
        )}
        {nodes.length === 0 && !canEdit && (
          <EmptyState>No drivers yet. Facilitators build the driver diagram; it will appear here.</EmptyState>
        )}
        <DriverDiagram
          nodes={nodes}
          aim={<AimBox aim={plan.aim} charterHref={paths.charter.href({ slug: network.slug })} />}
          menu={
            canEdit
              ? (node, place) => (
                  <NodeMenu
                    node={node}
                    place={place}
                    busy={(move.isPending && move.variables.nodeId === node.id) || (retire.isPending && retire.variables.nodeId === node.id)}
                    canMoveElsewhere={node.kind !== 'primary' && moveTargets(plan, live(node.id)!).length > 0}
                    newActionHref={paths.newAction.href({ slug: network.slug }, { node: node.id })}
                    onCommand={command}
                  />
                )
              : undefined
          }
          footer={(node) => (
            <NodeFooter
              node={node}
              today={today}
              cycles={node.kind === 'change_idea' && cycles.data ? (cyclesOf(node.id) ?? NO_CYCLES) : undefined}
            />
          )}
          highlight={linked ? Number(linked) : undefined}
          adder={canEdit ? (p, kind) => <AddButton parent={p} kind={kind} onAdd={(parentId) => command({ kind: 'add', parentId })} /> : undefined}
        />
      </section>

      <RetiredNodes plan={plan} canEdit={canEdit} busyId={retire.isPending ? retire.variables.nodeId : null} onRestore={restore} />

      <Dialog
        open={open?.kind === 'add' || open?.kind === 'rename' || open?.kind === 'move'}
        onOpenChange={(o) => !o && close()}
        title={
          open?.kind === 'add'
            ? addDialogTitle(parent)
            : target
              ? `${open?.kind === 'move' ? 'Move' : 'Rename'} ${kindWord(target.kind)} “${target.title}”`
              : ''
        }
      >
        {open?.kind === 'add' && (
          <AddNodeForm parent={parent} onCancel={() => close()} onDone={(id) => close(nodeTrigger(id))} />
        )}
        {open?.kind === 'rename' && target && <RenameNodeForm node={target} onCancel={() => close()} onDone={() => close()} />}
        {open?.kind === 'move' && target && <MoveNodeForm plan={plan} node={target} onCancel={() => close()} onDone={() => close()} />}
      </Dialog>

      <ConfirmDialog
        open={open?.kind === 'retire' && !!target}
        onOpenChange={(o) => !o && close()}
        title={target ? `Retire “${target.title}”?` : 'Retire'}
        description={target && retireDescription(target, nodes)}
        confirmLabel="Retire"
        pending={retire.isPending}
        error={retireError ?? undefined}
        onConfirm={() => {
          if (!target || retireVersion.seen === null) return;
          setRetireError(null);
          retire.mutate(
            { networkId: network.id, nodeId: target.id, version: retireVersion.seen, retired: true },
            {
              onSuccess: async () => {
                await refresh();
                close(`[data-restore="${target.id}"]`);
              },
              onError: async (error) => {
                const fresh = (await refresh())?.nodes.find((n) => n.id === target.id);
                if (!isStaleVersion(error)) return setRetireError(errorMessage(error));
                // From now on the confirmation is about the newest version, which is on the page.
                retireVersion.refused(fresh?.version ?? null);
                setRetireError('Someone changed this item while you were looking; the diagram now shows the newest version. Retire it anyway?');
              },
            },
          );
        }}
      />
    </div>
  );
}

function retireDescription(node: PlanNode, nodes: DiagramNode[]): string {
  const under = descendantCount(nodes, node.id);
  const hidden = under ? ` and the ${plural(under, 'item')} under it leave` : ' leaves';
  return `The ${kindWord(node.kind)}${hidden} the diagram. Its actions stay. You can restore it from “Retired items”.`;
}

type CycleCounts = { cycles: number; adopt: number; adapt: number; abandon: number };
const NO_CYCLES: CycleCounts = { cycles: 0, adopt: 0, adapt: 0, abandon: 0 };

/** "3 cycles · 1 adopt · 1 adapt": the decisions in words, never colour alone. */
function CycleSummary({ node, counts, slug }: { node: DiagramNode; counts: CycleCounts; slug: string }) {
  if (counts.cycles === 0) return <p className="text-sm text-slate-600">No cycles yet</p>;
  const decisions = DECISIONS.filter((d) => counts[d] > 0).map((d) => `${counts[d]} ${DECISION_LABELS[d].toLowerCase()}`);
  return (
    <p className="text-sm">
      <Link to={paths.cycles.href({ slug }, { changeIdeaId: node.id })}>
        {[plural(counts.cycles, 'cycle'), ...decisions].join(' · ')}
        <span className="sr-only"> for “{node.title}”</span>
      </Link>
    </p>
  );
}

function NodeFooter({ node, today, cycles }: { node: DiagramNode; today: string; cycles?: CycleCounts }) {
  const { plan, network } = usePlan();
  const actions = plan.actions.filter((a) => a.nodeId === node.id);
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {actions.length ? (
          <Link to={paths.actions.href({ slug: network.slug }, { node: node.id })} aria-label={`${plural(actions.length, 'action')} for ${node.title}`}>
            {plural(actions.length, 'action')}
          </Link>
        ) : (
          <span className="text-slate-600">No actions yet</span>
        )}
        {overdue > 0 && <Badge tone="danger">{overdue} overdue</Badge>}
      </p>
      {cycles && <CycleSummary node={node} counts={cycles} slug={network.slug} />}
      <ReviewNote plan={plan} comments={commentsAbout(plan, 'node', node.id)} />
    </div>
  );
}

function AddButton({ parent, kind, onAdd }: { parent: DiagramNode | null; kind: NodeKind; onAdd: (parentId: number | null) => void }) {
  const label = `Add ${kindWord(kind)}`;
  return (
    <Button
      variant="secondary"
      className="w-full border-dashed text-slate-800"
      data-add-primary={parent ? undefined : ''}
      aria-label={parent ? `${label} under “${parent.title}”` : label}
      onClick={() => onAdd(parent?.id ?? null)}
    >
      <Plus aria-hidden="true" className="size-4" /> {parent ? label : `Add ${NODE_KIND_LABELS.primary.toLowerCase()}`}
    </Button>
  );
}
