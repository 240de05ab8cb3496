import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

export type ReportListItem = RouterOutputs['report']['list'][number];
export type ReportDraftData = RouterOutputs['report']['draft'];
export type ReportStatus = ReportDraftData['status'];

/** What the report pages say after a publish or a delete. */
export type ReportPageState = { notice?: string } | null;

export const STATUS_TONES = { draft: 'warning', published: 'success', correcting: 'accent' } as const;

/** After a save, publish or delete: the list and every report query are out of date. */
export function useRefreshReports() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries(trpc.report.pathFilter());
  }, [queryClient, trpc]);
}

/**
 * A language's own name in the reader's language, from Intl ('es' → 'Spanish', or 'español' on a
 * Spanish screen); `capital` for a label that starts a line. The pseudo-language reads as English.
 */
export function languageName(lang: string, locale: string, capital = false): string {
  let name = lang;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    // An engine without DisplayNames shows the code.
  }
  return capital ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : name;
}

/** 'English and Spanish' / 'inglés y español'. */
export function languageList(langs: readonly string[], locale: string): string {
  const names = langs.map((l) => languageName(l, locale));
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
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
