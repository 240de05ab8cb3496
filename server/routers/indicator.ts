import { chartSettingsInput, indicatorSaveInput, measurementDeleteInput, measurementsSaveInput } from '../../shared/schemas/indicator.ts';
import { getIndicator, saveChartSettings, saveIndicator } from '../services/indicator.ts';
import { deleteMeasurement, exportMeasurements, listMeasurements, saveMeasurements } from '../services/measurements.ts';
import { wordsFor } from '../i18n.ts';
import { networkProcedure, router } from '../trpc.ts';

const read = networkProcedure('indicator.read');
const edit = networkProcedure('indicator.edit');

export const indicatorRouter = router({
  get: read.query(({ ctx }) => getIndicator(ctx.db, ctx.user, ctx.access)),
  measurements: read.query(({ ctx }) => listMeasurements(ctx.db, ctx.user, ctx.access)),
  exportCsv: read.query(({ ctx }) => exportMeasurements(ctx.db, ctx.user, ctx.access)),

  save: edit.input(indicatorSaveInput).mutation(({ ctx, input }) => saveIndicator(ctx.db, ctx.user, ctx.access, input, wordsFor(ctx.lang))),
  saveChart: edit.input(chartSettingsInput).mutation(({ ctx, input }) => saveChartSettings(ctx.db, ctx.user, ctx.access, input)),
  saveMeasurements: edit.input(measurementsSaveInput).mutation(({ ctx, input }) => saveMeasurements(ctx.db, ctx.user, ctx.access, input)),
  deleteMeasurement: edit.input(measurementDeleteInput).mutation(({ ctx, input }) => deleteMeasurement(ctx.db, ctx.user, ctx.access, input)),
  // The CSV import is POST /api/networks/:networkId/indicator/import (server/http/import-routes.ts).
});
