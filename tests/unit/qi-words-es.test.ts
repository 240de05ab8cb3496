import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { formatChange, formatValue, gapWords, withheldNote } from '../../shared/indicator/format.ts';
import { analyzeSeries } from '../../shared/qi/analyze-series.ts';
import { verdictFor } from '../../shared/qi/verdict.ts';
import { howDecided } from '../../shared/qi/verdict-words.ts';
import { onTrackSentence } from '../../shared/report/on-track-words.ts';
import { chartMarks } from '../../shared/chart/svg.ts';
import { sampleChart } from '../helpers/report-document.ts';

// The verdict read in Spanish: the same findings as in English, in the reader's words and with
// their dates and numbers. People's own words (the indicator's name) stay as they wrote them.

const en = wordsFor('en');
const es = wordsFor('es');
const months = (n: number) => Array.from({ length: n }, (_, i) => `M${i + 1}`);
const run = (ys: number[], freeze?: number) => analyzeSeries({ chart: 'run', points: ys.map((value) => ({ value })), ...(freeze ? { freeze } : {}) });
const BASELINE = [40, 42, 39, 41, 38, 40, 43, 39, 41, 40, 42, 38];
const AFTER = [49, 51, 50, 52, 48, 50, 53, 49, 51, 50];
const words = { subject: 'Niños listos para el kínder', period: 'month' as const, format: (v: number) => `${v}%` };

describe('the verdict in Spanish', () => {
  it('says a rise, since when and how sure', () => {
    const v = verdictFor({ analysis: run([...BASELINE, ...AFTER], 12), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(22), words }, es);
    expect(v.verdict).toBe('improvement');
    expect(v.sentence).toBe('Niños listos para el kínder ha sido mayor que su nivel habitual (40%) desde M13: 10 meses seguidos, demasiados para ser casualidad.');
    expect(v.detail).toMatch(/^Hay evidencia de una mejora\. 10 puntos seguidos por encima de la línea central \(M13 – M22\), más de los 7 que permite el azar\./);
  });

  it('says a fall, of “el indicador” when it has no name', () => {
    const ys = [...BASELINE.map((y) => y + 10), ...AFTER.map((y) => y - 20)];
    const v = verdictFor({ analysis: run(ys, 12), ruleSet: 'anhoej', polarity: 'lower_is_better', labels: months(22) }, es);
    expect(v.verdict).toBe('improvement');
    expect(v.sentence).toBe('El indicador ha sido menor que su nivel habitual (50) desde M12: 11 períodos seguidos, demasiados para ser casualidad.');
  });

  it('says there is no clear change yet, and which rules looked', () => {
    const v = verdictFor({ analysis: run(BASELINE), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(12), words }, es);
    expect(v.sentence).toBe('Todavía no hay un cambio claro: Niños listos para el kínder sube y baja alrededor de su nivel habitual (40%), no más de lo que pasaría por casualidad.');
    expect(howDecided(v, 'anhoej', es)).toEqual([expect.stringMatching(/^Todavía no hay señal: los puntos varían alrededor de la línea central .* Se revisó con las reglas de Anhøj\.$/)]);
  });

  it('says it is too early with too little data', () => {
    const v = verdictFor({ analysis: run([40, 42, 39]), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(3), words }, es);
    expect(v.sentence).toBe('Todavía es pronto para saberlo: solo hay 3 meses de datos, y se necesitan unos 10 para distinguir un cambio real de la casualidad.');
    expect(verdictFor({ analysis: run([]), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: [] }, es).sentence).toBe(
      'Todavía no hay datos: ingrese o importe mediciones para ver si la aguja se mueve.',
    );
  });

  it('says an equity gap is narrowing', () => {
    const gaps = [20, 21, 19, 20, 22, 20, 21, 19, 20, 21, 20, 22, 12, 11, 13, 12, 11, 12, 13, 12, 11, 12];
    const ind = { unit: 'percent' as const, ratePer: null, frequency: 'monthly' as const };
    const said = (w: typeof es) => verdictFor({ analysis: run(gaps, 12), ruleSet: 'anhoej', polarity: 'lower_is_better', labels: months(22), words: gapWords(ind, w) }, w);
    expect(said(en).sentence).toBe('The gap between the highest and the lowest group has been narrower than its usual level (20 percentage points) since M13: 10 months in a row, too many to be chance.');
    expect(said(es).verdict).toBe('improvement');
    expect(said(es).sentence).toBe(
      'La brecha entre el grupo más alto y el más bajo ha sido más estrecha que su nivel habitual (20 puntos porcentuales) desde M13: 10 meses seguidos, demasiados para ser casualidad.',
    );
    expect(es.t('qi:gap.headline.improvement')).toBe('La brecha se está cerrando');
  });
});

describe('on track, in Spanish', () => {
  const facts = { unit: 'percent' as const, ratePer: null, polarity: 'higher_is_better' as const, latest: { period: '2026-11', label: 'Nov 2026', value: 51 }, target: { value: 60, date: '2027-06-30' }, onTrackPoints: 12, chart: sampleChart() };

  it('says on track and not on track with the target’s date as a Spanish reader writes it', () => {
    expect(onTrackSentence({ ...facts, onTrack: true }, es)).toBe('En camino a la meta: a su ritmo reciente de cambio, el indicador alcanzaría su meta de 60% para el 30 de junio de 2027.');
    expect(onTrackSentence({ ...facts, onTrack: false }, es)).toBe(
      'Todavía no va en camino a la meta: a su ritmo reciente de cambio, el indicador no alcanzaría su meta de 60% para el 30 de junio de 2027.',
    );
    expect(onTrackSentence({ ...facts, onTrack: null, onTrackPoints: 4 }, es)).toMatch(/al menos 6 mediciones .* y hasta ahora hay 4\.$/);
  });
});

describe('numbers and notes, in Spanish', () => {
  it('reads a rate, a change and the privacy note in the reader’s words', () => {
    expect(formatValue({ unit: 'rate', ratePer: 1000 }, 12.5, es)).toBe('12.5 por cada 1,000');
    expect(formatChange({ unit: 'percent', ratePer: null }, 10.12, es)).toBe('+10.1 puntos porcentuales');
    expect(withheldNote({ suppressedCount: 2 }, es)).toBe('Se omitieron 2 valores de grupos demasiado pequeños para mostrarlos.');
  });
});

describe('a report’s chart, in Spanish', () => {
  it('names its labels and key in the reader’s words', () => {
    const texts = (w: typeof es) =>
      chartMarks(sampleChart(), { width: 720, height: 340, title: 't', formatY: (v) => `${v}%`, w }).flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(texts(en)).toEqual(expect.arrayContaining(['This report', 'Usual level worked out here', 'Target 60%', 'Part of a signal']));
    expect(texts(es)).toEqual(expect.arrayContaining(['Este informe', 'Nivel habitual calculado aquí', 'Meta 60%', 'Parte de un cambio real']));
  });
});
