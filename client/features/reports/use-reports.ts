import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

export type ReportListItem = RouterOutputs['report']['list'][number];
export type ReportDraftData = RouterOutputs['report']['draft'];
export type ReportStatus = ReportDraftData['status'];

/** What the report pages say after a publish or a delete. */
export type ReportPageState = { notice?: string } | null;

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  correcting: 'Correction in progress',
};
export const STATUS_TONES = { draft: 'warning', published: 'success', correcting: 'accent' } as const;

/** After a save, publish or delete: the list and every report query are out of date. */
export function useRefreshReports() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries(trpc.report.pathFilter());
  }, [queryClient, trpc]);
}

/** The browser's own time zone: where most people write their reports from. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every zone the browser knows, for the time zone field's suggestions. */
export function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
