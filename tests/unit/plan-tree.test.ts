import { describe, expect, it } from 'vitest';
import { buildTree, descendantCount, toDiagramNode, type DiagramNode } from '../../shared/domain/plan-tree.ts';

const node = (id: number, parentId: number | null, position: number, retired = false): DiagramNode => ({
  id,
  parentId,
  kind: parentId === null ? 'primary' : 'secondary',
  title: `n${id}`,
  description: '',
  position,
  retired,
});

// 1 ─ 3 ─ 5        2 (retired) ─ 4
//   └ 6 (retired)
const nodes = [node(2, null, 1, true), node(1, null, 0), node(4, 2, 0), node(6, 1, 1, true), node(3, 1, 0), node(5, 3, 0)];

describe('the driver diagram tree', () => {
  it('lists active children in their order, leaving retired ones out', () => {
    const tree = buildTree(nodes);
    expect(tree.children(null).map((n) => n.id)).toEqual([1]);
    expect(tree.children(1).map((n) => n.id)).toEqual([3]);
    expect(tree.children(3).map((n) => n.id)).toEqual([5]);
  });

  it('hides what sits under a retired node, and lists retired nodes in diagram order', () => {
    const tree = buildTree(nodes);
    expect(tree.isVisible(5)).toBe(true);
    expect(tree.isVisible(4)).toBe(false);
    expect(tree.isVisible(99)).toBe(false);
    expect(tree.retired.map((n) => n.id)).toEqual([6, 2]);
  });

  it('counts everything under a node, active or not', () => {
    expect(descendantCount(nodes, 1)).toBe(3);
    expect(descendantCount(nodes, 2)).toBe(1);
    expect(descendantCount(nodes, 5)).toBe(0);
  });

  it('reads a live node as retired when it has a retirement date', () => {
    const live = { ...node(7, null, 0), retiredAt: new Date('2026-01-01') };
    expect(toDiagramNode(live).retired).toBe(true);
    expect(toDiagramNode({ ...live, retiredAt: null }).retired).toBe(false);
  });
});
