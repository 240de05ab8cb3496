export const CHART_TYPES = ['run', 'i', 'p', 'u', 'c'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

