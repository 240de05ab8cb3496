import type { NodeKind } from '../schemas/plan.ts';
import { groupBy } from '../group-by.ts';

/** What the diagram needs of a node: the live plan's and an approved snapshot's both fit. */
export type DiagramNode = {
  id: number;
  parentId: number | null;
  kind: NodeKind;
  title: string;
  description: string;
  position: number;
  retired: boolean;
};

export type Tree<N extends DiagramNode> = {
  /** Active children of a parent (null: the primary drivers), in their order. */
  children: (parentId: number | null) => N[];
  /** Retired nodes themselves (not the items they hide), in diagram order. */
  retired: N[];
  /** Whether the node shows in the active diagram: it and every node above it are active. */
  isVisible: (id: number) => boolean;
  byId: Map<number, N>;
};

/** The live plan's node in the shape it shares with an approved snapshot's. */
export function toDiagramNode(node: Omit<DiagramNode, 'retired'> & { retiredAt: unknown }): DiagramNode {
  return {
    id: node.id,
    parentId: node.parentId,
    kind: node.kind,
    title: node.title,
    description: node.description,
    position: node.position,
    retired: node.retiredAt !== null,
  };
}

const byPlace = (a: DiagramNode, b: DiagramNode) => a.position - b.position || a.id - b.id;

export function buildTree<N extends DiagramNode>(nodes: readonly N[]): Tree<N> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const kids = new Map<number | null, N[]>();
  for (const node of nodes) {
    if (node.retired) continue;
    const list = kids.get(node.parentId) ?? [];
    list.push(node);
    kids.set(node.parentId, list);
  }
  for (const list of kids.values()) list.sort(byPlace);

  const isVisible = (id: number): boolean => {
    for (let node = byId.get(id); node; node = node.parentId === null ? undefined : byId.get(node.parentId)) {
      if (node.retired) return false;
    }
    return byId.has(id);
  };

  // Diagram order: depth first, so each retired item sits near where it was.
  const order = new Map<number, number>();
  const all = groupBy(nodes, (node) => node.parentId);
  const walk = (parentId: number | null) => {
    for (const node of (all.get(parentId) ?? []).sort(byPlace)) {
      order.set(node.id, order.size);
      walk(node.id);
    }
  };
  walk(null);

  return {
    children: (parentId) => kids.get(parentId) ?? [],
    retired: nodes.filter((n) => n.retired).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    isVisible,
    byId,
  };
}

/** How many items hang under a node (at any depth), active or not. */
export function descendantCount(nodes: readonly DiagramNode[], id: number): number {
  const under = nodes.filter((n) => n.parentId === id);
  return under.reduce((sum, n) => sum + 1 + descendantCount(nodes, n.id), 0);
}
