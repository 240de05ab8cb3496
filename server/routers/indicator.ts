import { chartSettingsInput, indicatorSaveInput, measurementDeleteInput, measurementsSaveInput, measureRefInput, measureRemoveInput } from '../../shared/schemas/indicator.ts';
import { getIndicator, removeMeasure, saveChartSettings, saveIndicator } from '../services/indicator.ts';
import { listMeasures, measureFamily, measureSignals } from '../services/measures.ts';
import { deleteMeasurement, exportMeasurements, listMeasurements, saveMeasurements } from '../services/measurements.ts';
import { wordsFor } from '../i18n.ts';
import { networkProcedure, router } from '../trpc.ts';

const read = networkProcedure('indicator.read');
const edit = networkProcedure('indicator.edit');

export const indicatorRouter = router({
  /** Every measure of the network: the outcome, contributing indicators, process and balancing measures. */
  list: read.query(({ ctx }) => listMeasures(ctx.db, ctx.user, ctx.access)),
  /** Each measure's signal (improvement, concern or none yet) and its sentence. */
  signals: read.query(({ ctx }) => measureSignals(ctx.db, ctx.user, ctx.access, wordsFor(ctx.lang))),
  /** The outcome and its contributing indicators, each analysed: the family view, in one call. */
  family: read.query(({ ctx }) => measureFamily(ctx.db, ctx.user, ctx.access, wordsFor(ctx.lang))),
  get: read.input(measureRefInput).query(({ ctx, input }) => getIndicator(ctx.db, ctx.user, ctx.access, input)),
  measurements: read.input(measureRefInput).query(({ ctx, input }) => listMeasurements(ctx.db, ctx.user, ctx.access, input)),
  exportCsv: read.input(measureRefInput).query(({ ctx, input }) => exportMeasurements(ctx.db, ctx.user, ctx.access, input)),

  save: edit.input(indicatorSaveInput).mutation(({ ctx, input }) => saveIndicator(ctx.db, ctx.user, ctx.access, input, wordsFor(ctx.lang))),
  /** A measure beside the outcome, with its values; never the outcome. */
  remove: edit.input(measureRemoveInput).mutation(({ ctx, input }) => removeMeasure(ctx.db, ctx.user, ctx.access, input)),
  saveChart: edit.input(chartSettingsInput).mutation(({ ctx, input }) => saveChartSettings(ctx.db, ctx.user, ctx.access, input)),
  saveMeasurements: edit.input(measurementsSaveInput).mutation(({ ctx, input }) => saveMeasurements(ctx.db, ctx.user, ctx.access, input)),
  deleteMeasurement: edit.input(measurementDeleteInput).mutation(({ ctx, input }) => deleteMeasurement(ctx.db, ctx.user, ctx.access, input)),
  // The CSV import is POST /api/networks/:networkId/indicator/import?indicatorId= (server/http/import-routes.ts).
});
