/** Human-readable reports: one table per run, then the targets as PASS/FAIL lines. */
import type { DatasetRun, DatasetSystemRun } from './external.js';
import { isDatasetName } from './paths.js';
import { LUCENE_ARABIC_TOP1, README_PUNCT_SPLIT_ACROSS_TOP1 } from './references.js';
import type { ScaleRun } from './scale.js';
import type { SeedRun, SeedSystemRun } from './seed.js';
import { renderTable } from './table.js';
import type { TargetCheck } from './targets.js';

const Q_MEDIAN_NOTE =
  "p99 q-median = p99 over the questions of each question's median latency: one-off pauses (GC, other processes) cannot move it.";
const FIRST_SIGHT_NOTE =
  'first sight = each question once, in order, on a new engine (5 passes): only words of earlier questions are in its word memo.';

const rate = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(3));
const micros = (value: number) => value.toFixed(value < 100 ? 1 : 0);
const millis = (value: number) => value.toFixed(2);
const mebibytes = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const kibibytes = (bytes: number) => (bytes / 2 ** 10).toFixed(1);
const times = (value: number) =>
  Number.isFinite(value) ? `${value >= 10 ? value.toFixed(1) : value.toPrecision(3)}×` : '–';

export function seedReport(run: SeedRun): string {
  const [engine, ...baselines] = run.systems;
  if (engine === undefined) return '';
  type Row = [string, (s: SeedSystemRun) => number, (n: number) => string, boolean];
  const rows: Row[] = [
    ['top-1', (s) => s.quality.top1, rate, false],
    ['recall@3', (s) => s.quality.recallAt3, rate, false],
    ['MRR@10', (s) => s.quality.mrrAt10, rate, false],
    ['abstention (answerable)', (s) => s.quality.abstention, rate, false],
    ['off-topic rejection', (s) => s.offTopicRejection, rate, false],
    ['latency median (µs)', (s) => s.latency.medianUs, micros, true],
    ['latency p99 (µs)', (s) => s.latency.p99Us, micros, true],
    ['p99 q-median (µs)', (s) => s.latency.questionMedianP99Us, micros, true],
    ['first sight median (µs)', (s) => s.firstSight.medianUs, micros, true],
    ['first sight p99 q-median (µs)', (s) => s.firstSight.questionMedianP99Us, micros, true],
    ['build median (ms)', (s) => s.buildMs, millis, true],
    ['index memory (KiB)', (s) => s.indexBytes, kibibytes, true],
  ];
  const header = [
    'metric',
    ...run.systems.map((s) => s.system),
    ...baselines.map((b) => `${b.system}/iqtibas`),
  ];
  const table = rows.map(([label, figure, format, withRatio]) => [
    label,
    ...run.systems.map((s) => format(figure(s))),
    ...baselines.map((b) => (withRatio ? times(figure(b) / figure(engine)) : '')),
  ]);
  return [
    `Seed article ${run.article}: ${run.paragraphs} paragraphs, ${run.questions.answerable} answerable and ` +
      `${run.questions.offTopic} off-topic questions. Latency: every question timed ` +
      run.systems.map((s) => `${s.rounds}× (${s.system})`).join(', ') +
      `, asking for ${run.timedTop} answers as /ask does, after a warm-up.`,
    renderTable(header, table),
    Q_MEDIAN_NOTE,
    FIRST_SIGHT_NOTE,
  ].join('\n');
}

export function datasetReport(run: DatasetRun): string {
  const [engine, bm25] = run.systems;
  if (engine === undefined || bm25 === undefined) return '';
  const lucene = isDatasetName(run.dataset) ? LUCENE_ARABIC_TOP1[run.dataset] : undefined;
  const rows = (['within', 'across'] as const).flatMap((setting) => {
    type Row = [
      string,
      (s: DatasetSystemRun) => number,
      (n: number) => string,
      number | undefined,
      number | undefined,
    ];
    const reference = run.reference?.[setting];
    const settingRows: Row[] = [
      ['top-1', (s) => s[setting].quality.top1, rate, reference?.top1, lucene?.[setting]],
      ['recall@3', (s) => s[setting].quality.recallAt3, rate, reference?.recallAt3, undefined],
      ['MRR@10', (s) => s[setting].quality.mrrAt10, rate, reference?.mrrAt10, undefined],
      ['abstention', (s) => s[setting].quality.abstention, rate, undefined, undefined],
      ['median (µs)', (s) => s[setting].latency.medianUs, micros, undefined, undefined],
      ['p99 (µs)', (s) => s[setting].latency.p99Us, micros, undefined, undefined],
      ['p99 q-median (µs)', (s) => s[setting].latency.questionMedianP99Us, micros, undefined, undefined],
    ];
    return settingRows.map(([label, figure, format, whitespaceBm25, luceneTop1]) => [
      `${setting} ${label}`,
      ...run.systems.map((s) => format(figure(s))),
      times(figure(engine) / figure(bm25)),
      whitespaceBm25 === undefined ? '' : rate(whitespaceBm25),
      luceneTop1 === undefined ? '' : rate(luceneTop1),
    ]);
  });
  const buildRows = [
    ['build median (ms)', ...run.systems.map((s) => millis(s.buildMs)), times(engine.buildMs / bm25.buildMs)],
    [
      'index memory (MiB)',
      ...run.systems.map((s) => mebibytes(s.indexBytes)),
      times(engine.indexBytes / bm25.indexBytes),
    ],
  ];
  const header = [
    'metric',
    ...run.systems.map((s) => s.system),
    'iqtibas/BM25',
    'BM25 ref (ws)',
    'Lucene ar',
  ];
  const notes = [
    `${run.dataset}: ${run.articles} articles, ${run.passages} passages; ${run.questions.within} questions within ` +
      `(articles with ≥ 2 passages), ${run.questions.across} across.`,
    renderTable(header, [...rows, ...buildRows]),
    "BM25 ref (ws) = the dataset's own plain BM25 reference (whitespace tokens); Lucene ar = BM25 over Lucene's ArabicAnalyzer.",
    Q_MEDIAN_NOTE,
  ];
  if (isDatasetName(run.dataset)) {
    notes.push(
      `plain BM25 across top-1 here ${rate(bm25.across.quality.top1)}; README with punctuation split off: ` +
        `${rate(README_PUNCT_SPLIT_ACROSS_TOP1[run.dataset])}.`,
    );
  }
  for (const system of run.systems.filter((s) => s.within.sampled || s.across.sampled)) {
    notes.push(
      `${system.system}: evenly spaced sample of ${system.within.quality.questions} within / ` +
        `${system.across.quality.questions} across questions (slow), latency from one timed pass.`,
    );
  }
  return notes.join('\n');
}

export function scaleReport(run: ScaleRun): string {
  const header = [
    'passages',
    'system',
    'build (s)',
    'index (MiB)',
    'heap (MiB)',
    'RSS (MiB)',
    'median (µs)',
    'p99 (µs)',
    'p99 q-median (µs)',
  ];
  const rows = run.points.flatMap((point) =>
    point.systems.map((s) => [
      String(s.passages),
      s.system,
      (s.buildMs / 1000).toFixed(2),
      mebibytes(s.indexBytes),
      mebibytes(s.processHeapBytes),
      mebibytes(s.rssBytes),
      micros(s.latency.medianUs),
      micros(s.latency.p99Us),
      micros(s.latency.questionMedianP99Us),
    ]),
  );
  return [
    "Scaling: the four datasets' passages plus word-shuffled copies; ARCD questions asked across the whole corpus.",
    renderTable(header, rows),
    'index = memory the index holds (JS heap + typed-array buffers); heap and RSS = the whole process after the build.',
    Q_MEDIAN_NOTE,
  ].join('\n');
}

export function checksReport(title: string, checks: readonly TargetCheck[]): string {
  if (checks.length === 0) return `${title}: none apply to this run.`;
  const lines = checks.map((c) => `  ${c.pass ? 'PASS' : 'FAIL'}  ${c.target}  (${c.actual})`);
  return [`${title}:`, ...lines].join('\n');
}
