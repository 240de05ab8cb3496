import { useTRPCClient } from '../../lib/trpc.ts';

// The export engine's procedures (report.exportStart, report.exportStatus) are built on another
// branch. Until they meet this one, they are reached through this typed wrapper; every cast to
// the router shape lives here and goes away once the router has them.

export type ExportFormat = 'pdf' | 'docx';

export type ExportStartInput = { networkId: number; reportId: number; format: ExportFormat; number?: number };
export type ExportStatus = {
  state: 'queued' | 'running' | 'done' | 'failed';
  /** 0..1 */
  progress: number;
  step: string;
  fileName: string;
  error?: string;
};

type ExportProcedures = {
  report: {
    exportStart: { mutate: (input: ExportStartInput) => Promise<{ jobId: string }> };
    exportStatus: { query: (input: { networkId: number; jobId: string }) => Promise<ExportStatus> };
  };
};

export function useExportApi() {
  const client = useTRPCClient() as unknown as ExportProcedures;
  return {
    start: (input: ExportStartInput) => client.report.exportStart.mutate(input),
    status: (networkId: number, jobId: string) => client.report.exportStatus.query({ networkId, jobId }),
  };
}

/** Where the finished file is fetched from. */
export const exportDownloadUrl = (jobId: string) => `/api/exports/${encodeURIComponent(jobId)}`;
