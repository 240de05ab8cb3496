export const CHART_TYPES = ['run', 'i', 'p', 'u', 'c'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const CHART_TYPE_LABELS: Record<ChartType, string> = {
  run: 'Run chart',
  i: 'I chart (individual values)',
  p: 'P chart (proportions)',
  u: 'U chart (rates)',
  c: 'C chart (counts)',
};
