import { ArrowDown, ArrowRightLeft, ArrowUp, Archive, EllipsisVertical, ListPlus, Pencil, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { childKind } from '../../../../shared/domain/plan.ts';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '../../../components/ui/menu.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import type { Place } from './driver-diagram.tsx';
import type { DiagramNode } from '../../../../shared/domain/plan-tree.ts';

export type NodeCommand =
  | { kind: 'add'; parentId: number | null }
  | { kind: 'rename' | 'move' | 'retire'; nodeId: number }
  | { kind: 'shift'; nodeId: number; by: -1 | 1 };

type Props = {
  node: DiagramNode;
  place: Place;
  /** Whether another parent of the right level exists to move it under. */
  canMoveElsewhere: boolean;
  busy: boolean;
  newActionHref: string;
  onCommand: (command: NodeCommand) => void;
};

/** A node's options for editors; every one works from the keyboard (Enter opens, arrows choose). */
export function NodeMenu({ node, place, canMoveElsewhere, busy, newActionHref, onCommand }: Props) {
  const { t } = useTranslation(['plan', 'common']);
  const navigate = useNavigate();
  const next = childKind(node.kind);
  const icon = 'size-4 text-slate-600';
  return (
    <Menu>
      <MenuTrigger asChild>
        <button
          type="button"
          data-node-trigger={node.id}
          aria-label={t('menu.options', { title: node.title })}
          className="-m-1.5 flex size-11 shrink-0 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100"
        >
          {busy ? <Spinner /> : <EllipsisVertical aria-hidden="true" className="size-5" />}
        </button>
      </MenuTrigger>
      <MenuContent>
        <MenuLabel>{t(`common:labels.nodeKind.${node.kind}`)}</MenuLabel>
        <MenuItem onSelect={() => onCommand({ kind: 'rename', nodeId: node.id })}>
          <Pencil aria-hidden="true" className={icon} /> {t('menu.rename')}
        </MenuItem>
        {next && (
          <MenuItem onSelect={() => onCommand({ kind: 'add', parentId: node.id })}>
            <Plus aria-hidden="true" className={icon} /> {t(`menu.add.${next}`)}
          </MenuItem>
        )}
        <MenuItem onSelect={() => void navigate(newActionHref)}>
          <ListPlus aria-hidden="true" className={icon} /> {t('menu.addAction')}
        </MenuItem>
        <MenuSeparator />
        <MenuItem disabled={busy || place.index === 0} onSelect={() => onCommand({ kind: 'shift', nodeId: node.id, by: -1 })}>
          <ArrowUp aria-hidden="true" className={icon} /> {t('menu.up')}
        </MenuItem>
        <MenuItem disabled={busy || place.index === place.count - 1} onSelect={() => onCommand({ kind: 'shift', nodeId: node.id, by: 1 })}>
          <ArrowDown aria-hidden="true" className={icon} /> {t('menu.down')}
        </MenuItem>
        {canMoveElsewhere && (
          <MenuItem disabled={busy} onSelect={() => onCommand({ kind: 'move', nodeId: node.id })}>
            <ArrowRightLeft aria-hidden="true" className={icon} /> {t('menu.moveTo')}
          </MenuItem>
        )}
        <MenuSeparator />
        <MenuItem onSelect={() => onCommand({ kind: 'retire', nodeId: node.id })}>
          <Archive aria-hidden="true" className={icon} /> {t('menu.retire')}
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
