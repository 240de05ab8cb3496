import { useMutation, useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isOverdue, localToday } from '../../../../shared/domain/plan.ts';
import { can } from '../../../../shared/domain/permissions.ts';
import { DECISIONS } from '../../../../shared/schemas/cycle.ts';
import type { NodeKind } from '../../../../shared/schemas/plan.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog, Dialog } from '../../../components/ui/dialog.tsx';
import { EmptyState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormats } from '../../../lib/use-words.ts';
import type { Formats } from '../../../../shared/format/formats.ts';
import type { TFunction } from 'i18next';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AimBox } from './aim-box.tsx';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { DriverDiagram } from './driver-diagram.tsx';
import { MoveNodeForm, moveTargets } from './move-node-form.tsx';
import { AddNodeForm, addDialogTitle, RenameNodeForm } from './node-forms.tsx';
import { NodeMenu, type NodeCommand } from './node-menu.tsx';
import { MeasuresFailed, NodeMeasures, useNodeMeasures, type NodeMeasure } from './node-measures.tsx';
import { RetiredNodes } from './retired-nodes.tsx';
import { commentsAbout, ReviewNote } from '../review/review-note.tsx';
import { descendantCount, toDiagramNode, type DiagramNode } from '../../../../shared/domain/plan-tree.ts';
import { IN_DIALOG, nodeTrigger, useFocusRequest } from './use-focus-request.ts';
import { usePlan, useRefreshPlan, type PlanNode } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

type Open = Exclude<NodeCommand, { kind: 'shift' }>;

export function DiagramPage() {
  const { t } = useTranslation('plan');
  const f = useFormats();
  const { network, standing, plan } = usePlan();
  usePageTitle(t('diagram.title', { network: network.name }));
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
  const measures = useNodeMeasures(network.id);
  const move = useMutation(trpc.plan.moveNode.mutationOptions());
  const retire = useMutation(trpc.plan.retireNode.mutationOptions());

  /** A failed quick edit (move, restore): say why; after a conflict the diagram is the newest. */
  async function failed(error: unknown, node: PlanNode) {
    await refresh();
    setProblem(
      isStaleVersion(error)
        ? t('diagram.stale', { title: node.title })
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
            {t('diagram.heading')}
          </h3>
          <p className="text-sm text-slate-600">
            {t('diagram.intro')}
            {canEdit && ` ${t('diagram.introEditor')}`}
          </p>
        </div>
        {problem && <Alert tone="error">{problem}</Alert>}
        {cycles.isError && (
          <p className="text-sm text-slate-700">
            {t('diagram.cyclesFailed')}{' '}
            <button type="button" className="inline-flex min-h-11 items-center font-medium text-accent-800 underline" onClick={() => void cycles.refetch()}>
              {t('diagram.retry')}
            </button>
          </p>
        )}
        {measures.failed && <MeasuresFailed onRetry={measures.retry} />}
        {nodes.length === 0 && !canEdit && (
          <EmptyState>{t('diagram.empty')}</EmptyState>
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
              measures={measures.of(node.id)}
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
            ? addDialogTitle(t, parent)
            : target
              ? t(open?.kind === 'move' ? 'diagram.moveTitle' : 'diagram.renameTitle', { kind: t(`kind.inSentence.${target.kind}`), title: target.title })
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
        title={target ? t('diagram.retire.title', { title: target.title }) : t('diagram.retire.confirm')}
        description={target && retireDescription(t, f, target, nodes)}
        confirmLabel={t('diagram.retire.confirm')}
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
                setRetireError(t('diagram.retire.stale'));
              },
            },
          );
        }}
      />
    </div>
  );
}

function retireDescription(t: TFunction<'plan'>, f: Formats, node: PlanNode, nodes: DiagramNode[]): string {
  const under = descendantCount(nodes, node.id);
  const subject = t(`kind.subject.${node.kind}`);
  return under ? t('diagram.retire.leavesWithItems', { subject, count: under, n: f.count(under) }) : t('diagram.retire.leaves', { subject });
}

type CycleCounts = { cycles: number; adopt: number; adapt: number; abandon: number };
const NO_CYCLES: CycleCounts = { cycles: 0, adopt: 0, adapt: 0, abandon: 0 };

/** "3 cycles · 1 adopt · 1 adapt": the decisions in words, never colour alone. */
function CycleSummary({ node, counts, slug }: { node: DiagramNode; counts: CycleCounts; slug: string }) {
  const { t } = useTranslation('plan');
  const f = useFormats();
  if (counts.cycles === 0) return <p className="text-sm text-slate-600">{t('diagram.noCycles')}</p>;
  const decisions = DECISIONS.filter((d) => counts[d] > 0).map((d) => t(`diagram.decision.${d}`, { n: f.count(counts[d]) }));
  return (
    <p className="text-sm">
      <Link to={paths.cycles.href({ slug }, { changeIdeaId: node.id })}>
        {[t('diagram.cycles', { count: counts.cycles, n: f.count(counts.cycles) }), ...decisions].join(' · ')}
        <span className="sr-only"> {t('diagram.forNode', { title: node.title })}</span>
      </Link>
    </p>
  );
}

function NodeFooter({ node, today, cycles, measures }: { node: DiagramNode; today: string; cycles?: CycleCounts; measures: NodeMeasure[] }) {
  const { t } = useTranslation('plan');
  const f = useFormats();
  const { plan, network } = usePlan();
  const actions = plan.actions.filter((a) => a.nodeId === node.id);
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  const source = plan.nodes.find((n) => n.id === node.id)?.sourceNetworkName;
  return (
    <div className="space-y-2">
      {source && <p className="text-xs font-medium text-slate-700">{t('diagram.fromNetwork', { network: source })}</p>}
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {actions.length ? (
          <Link to={paths.actions.href({ slug: network.slug }, { node: node.id })} aria-label={t('diagram.actionsFor', { count: actions.length, n: f.count(actions.length), title: node.title })}
          >
            {t('diagram.actions', { count: actions.length, n: f.count(actions.length) })}
          </Link>
        ) : (
          <span className="text-slate-600">{t('diagram.noActions')}</span>
        )}
        {overdue > 0 && <Badge tone="danger">{t('diagram.overdue', { count: overdue, n: f.count(overdue) })}</Badge>}
      </p>
      {cycles && <CycleSummary node={node} counts={cycles} slug={network.slug} />}
      <NodeMeasures title={node.title} measures={measures} slug={network.slug} />
      <ReviewNote plan={plan} comments={commentsAbout(plan, 'node', node.id)} />
    </div>
  );
}

function AddButton({ parent, kind, onAdd }: { parent: DiagramNode | null; kind: NodeKind; onAdd: (parentId: number | null) => void }) {
  const { t } = useTranslation('plan');
  const label = t(`node.add.${kind}`);
  return (
    <Button
      variant="secondary"
      className="w-full border-dashed text-slate-800"
      data-add-primary={parent ? undefined : ''}
      aria-label={parent ? t(`node.addUnder.${kind}`, { parent: parent.title }) : label}
      onClick={() => onAdd(parent?.id ?? null)}
    >
      <Plus aria-hidden="true" className="size-4" /> {parent ? label : t('node.add.primary')}
    </Button>
  );
}
