import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { childKind } from '../../../../shared/domain/plan.ts';
import type { NodeKind } from '../../../../shared/schemas/plan.ts';
import { cx } from '../../../components/ui/cx.ts';
import { buildTree, type DiagramNode, type Tree } from '../../../../shared/domain/plan-tree.ts';

/** Where a node sits among its siblings, for moving it up and down. */
export type Place = { index: number; count: number };

type Props<N extends DiagramNode> = {
  nodes: readonly N[];
  /** The aim box, left of everything. */
  aim: ReactNode;
  /** The node's options (editors), top right of its box. */
  menu?: (node: N, place: Place) => ReactNode;
  /** Under the title: its actions, a lead's comment. */
  footer?: (node: N) => ReactNode;
  /** A way to add a node (editors): after the primary drivers, and in place of an empty level. */
  adder?: (parent: N | null, kind: NodeKind) => ReactNode;
  /** A node a link pointed at (…/diagram#node-12), outlined so the eye finds it. */
  highlight?: number;
};

// Wide screens: columns by level, left to right, each node's children beside it; the nested
// grids divide the width so every level lines up in its column. Tablets (md) keep the aim above
// the three columns, which would be too narrow for words with it beside them. Phones (under md):
// the same nested lists read as an indented outline.
const ROW = {
  aim: 'lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,3fr)] lg:gap-x-3',
  primary: 'md:grid md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] md:gap-x-3',
  secondary: 'md:grid md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] md:gap-x-3',
} as const;
const CHILD_LIST = 'mt-3 ml-2 space-y-3 border-l-2 border-slate-300 pl-3 md:mt-0 md:ml-0 md:pl-3';

const KIND_EDGE: Record<NodeKind, string> = {
  primary: 'border-l-accent-700',
  secondary: 'border-l-sky-700',
  change_idea: 'border-l-violet-700',
};

/** The driver diagram: aim → primary drivers → secondary drivers → change ideas. */
export function DriverDiagram<N extends DiagramNode>(props: Props<N>) {
  const { t } = useTranslation('plan');
  const tree = buildTree(props.nodes);
  return (
    <div className={ROW.aim}>
      <div className="mb-3 space-y-2 lg:mb-0">
        <p aria-hidden="true" className={cx(HEAD, 'hidden lg:block')}>
          {t('aim.heading')}
        </p>
        {props.aim}
      </div>
      <div className="space-y-2">
        <ColumnHeads />
        <Level parent={null} kind="primary" tree={tree} {...props} />
      </div>
    </div>
  );
}

function Level<N extends DiagramNode>({ parent, kind, tree, ...props }: Props<N> & { parent: N | null; kind: NodeKind; tree: Tree<N> }) {
  const { t } = useTranslation('plan');
  const nodes = tree.children(parent?.id ?? null);
  const label = parent ? t('diagram.levelUnder', { kinds: t(`kind.plural.${kind}`), parent: parent.title }) : t(`kind.plural.${kind}`);
  const adder = props.adder?.(parent, kind);
  if (!nodes.length) return adder ? <div className={cx(parent && CHILD_LIST)}>{adder}</div> : null;
  const list = (
    <ul aria-label={label} className={cx('space-y-3', parent && CHILD_LIST)}>
      {nodes.map((node, index) => {
        const next = childKind(node.kind);
        return (
          <li key={node.id} className={cx(node.kind === 'primary' && ROW.primary, node.kind === 'secondary' && ROW.secondary)}>
            <NodeBox node={node} place={{ index, count: nodes.length }} {...props} />
            {next && <Level parent={node} kind={next} tree={tree} {...props} />}
          </li>
        );
      })}
    </ul>
  );
  if (parent || !adder) return list;
  return (
    <div className="space-y-3">
      {list}
      {adder}
    </div>
  );
}

function NodeBox<N extends DiagramNode>({ node, place, menu, footer, highlight }: Props<N> & { node: N; place: Place }) {
  const { t } = useTranslation('common');
  return (
    <div id={`node-${node.id}`} className="scroll-mt-4 self-start">
      <div
        className={cx(
          'rounded-lg border border-l-4 border-slate-300 bg-white p-3 shadow-xs',
          KIND_EDGE[node.kind],
          highlight === node.id && 'ring-2 ring-amber-500 ring-offset-2',
        )}
      >
        <div className="flex items-start justify-between gap-2">
          <div className="min-w-0 space-y-0.5">
            <p className="text-xs font-medium text-slate-600">{t(`labels.nodeKind.${node.kind}`)}</p>
            <p data-node-title translate="no" className="font-medium break-words hyphens-auto text-slate-900">
              {node.title}
            </p>
          </div>
          {menu?.(node, place)}
        </div>
        {node.description && <p translate="no" className="mt-1 text-sm break-words whitespace-pre-line text-slate-700">{node.description}</p>}
        {footer && <div className="mt-2">{footer(node)}</div>}
      </div>
    </div>
  );
}

const HEAD = 'text-xs font-semibold tracking-wide text-slate-600 uppercase';

/** Column titles over the wide layout; each box also names its own level, so they are for the eye only. */
function ColumnHeads() {
  const { t } = useTranslation('plan');
  return (
    <div aria-hidden="true" className={cx('hidden', ROW.primary)}>
      <p className={HEAD}>{t('kind.plural.primary')}</p>
      <div className={cx(ROW.secondary, 'md:pl-[calc(0.75rem+2px)]')}>
        <p className={HEAD}>{t('kind.plural.secondary')}</p>
        <p className={cx(HEAD, 'md:pl-[calc(0.75rem+2px)]')}>{t('kind.plural.change_idea')}</p>
      </div>
    </div>
  );
}
