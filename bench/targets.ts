/** The goals the benchmark reports as pass/fail. */

import { naiveFuse } from './baselines/naive-fuse.js';
import { plainBm25 } from './baselines/plain-bm25.js';
import type { DatasetRun, SettingRun } from './external.js';
import { iqtibas } from './iqtibas.js';
import { type DatasetName, isDatasetName } from './paths.js';
import type { ScaleRun } from './scale.js';
import type { SeedRun } from './seed.js';

export interface TargetCheck {
  readonly target: string;
  readonly actual: string;
  readonly pass: boolean;
}

const MIN_SEED_SPEEDUP = 20;
const MAX_SEED_P99_US = 50;
const MAX_SEED_BUILD_MS = 50;

interface Top1Minimums {
  readonly across?: number;
  readonly within?: number;
}

const MIN_TOP1: Record<DatasetName, Top1Minimums> = {
  arcd: { across: 0.75, within: 0.85 },
  xquad_ar: { across: 0.9, within: 0.93 },
  tydiqa_goldp_ar_dev: { across: 0.84 },
  mlqa_ar_dev: { across: 0.64 },
};
const MAX_ABSTENTION = 0.05;

/** The scale targets apply to the largest corpus only. */
export const SCALE_TARGET_SIZE = 200_000;
const MAX_SCALE_BUILD_MS = 30_000;
const MAX_SCALE_P99_US = 5_000;
const MAX_SCALE_RSS_BYTES = 1.5e9;

export function seedChecks(run: SeedRun): TargetCheck[] {
  const engine = bySystem(run.systems, iqtibas.name);
  const fuse = bySystem(run.systems, naiveFuse.name);
  const speedup = fuse.latency.medianUs / engine.latency.medianUs;
  return [
    check(
      `median latency ≥ ${MIN_SEED_SPEEDUP}× lower than naive fuse.js`,
      `${speedup.toFixed(1)}×`,
      speedup >= MIN_SEED_SPEEDUP,
    ),
    check(
      `p99 latency < ${MAX_SEED_P99_US} µs`,
      `${engine.latency.p99Us.toFixed(1)} µs`,
      engine.latency.p99Us < MAX_SEED_P99_US,
    ),
    check(
      `index build < ${MAX_SEED_BUILD_MS} ms`,
      `${engine.buildMs.toFixed(2)} ms`,
      engine.buildMs < MAX_SEED_BUILD_MS,
    ),
  ];
}

export function datasetChecks(run: DatasetRun): TargetCheck[] {
  const engine = bySystem(run.systems, iqtibas.name);
  const bm25 = bySystem(run.systems, plainBm25.name);
  const minimums: Top1Minimums = isDatasetName(run.dataset) ? MIN_TOP1[run.dataset] : {};
  return (['within', 'across'] as const).flatMap((setting) => {
    const ours: SettingRun = engine[setting];
    const theirs: SettingRun = bm25[setting];
    const where = `${run.dataset} ${setting}`;
    const minimum = minimums[setting];
    return [
      check(
        `${where}: top-1 beats plain BM25`,
        `${rate(ours.quality.top1)} vs ${rate(theirs.quality.top1)}`,
        ours.quality.top1 > theirs.quality.top1,
      ),
      check(
        `${where}: MRR@10 beats plain BM25`,
        `${rate(ours.quality.mrrAt10)} vs ${rate(theirs.quality.mrrAt10)}`,
        ours.quality.mrrAt10 > theirs.quality.mrrAt10,
      ),
      ...(minimum === undefined
        ? []
        : [check(`${where}: top-1 ≥ ${minimum}`, rate(ours.quality.top1), ours.quality.top1 >= minimum)]),
      check(
        `${where}: abstention ≤ ${MAX_ABSTENTION}`,
        rate(ours.quality.abstention),
        ours.quality.abstention <= MAX_ABSTENTION,
      ),
    ];
  });
}

export function scaleChecks(run: ScaleRun): TargetCheck[] {
  const point = run.points.find((candidate) => candidate.size === SCALE_TARGET_SIZE);
  if (point === undefined) return [];
  const engine = bySystem(point.systems, iqtibas.name);
  return [
    check(
      `build ≤ ${MAX_SCALE_BUILD_MS / 1000} s`,
      `${(engine.buildMs / 1000).toFixed(1)} s`,
      engine.buildMs <= MAX_SCALE_BUILD_MS,
    ),
    check(
      `p99 latency ≤ ${MAX_SCALE_P99_US / 1000} ms`,
      `${(engine.latency.p99Us / 1000).toFixed(2)} ms`,
      engine.latency.p99Us <= MAX_SCALE_P99_US,
    ),
    check(
      `memory (RSS after build) ≤ ${MAX_SCALE_RSS_BYTES / 1e9} GB`,
      `${(engine.rssBytes / 1e9).toFixed(2)} GB`,
      engine.rssBytes <= MAX_SCALE_RSS_BYTES,
    ),
  ];
}

function bySystem<T extends { readonly system: string }>(systems: readonly T[], name: string): T {
  const found = systems.find((candidate) => candidate.system === name);
  if (found === undefined) throw new Error(`no figures for ${name}`);
  return found;
}

function check(target: string, actual: string, pass: boolean): TargetCheck {
  return { target, actual, pass };
}

function rate(value: number): string {
  return value.toFixed(3);
}
