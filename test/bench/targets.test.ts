import { describe, expect, it } from 'vitest';
import type { DatasetRun, DatasetSystemRun, SettingRun } from '../../bench/external.js';
import type { ScalePointRun } from '../../bench/scale-point.js';
import type { SeedRun, SeedSystemRun } from '../../bench/seed.js';
import { datasetChecks, scaleChecks, seedChecks } from '../../bench/targets.js';

const latency = (medianUs: number, p99Us: number) => ({
  samples: 100,
  medianUs,
  p99Us,
  questionMedianP99Us: p99Us,
});

function setting(top1: number, mrrAt10: number, abstention = 0): SettingRun {
  return {
    quality: { questions: 100, top1, recallAt3: top1, mrrAt10, abstention },
    latency: latency(10, 20),
    sampled: false,
  };
}

function datasetSystem(system: string, within: SettingRun, across: SettingRun): DatasetSystemRun {
  return { system, buildMs: 1, indexBytes: 1, within, across };
}

function datasetRun(dataset: string, engine: DatasetSystemRun, bm25: DatasetSystemRun): DatasetRun {
  return {
    dataset,
    articles: 1,
    passages: 2,
    questions: { within: 100, across: 100 },
    systems: [engine, bm25],
  };
}

const verdicts = (checks: { target: string; pass: boolean }[]) =>
  Object.fromEntries(checks.map((c) => [c.target, c.pass]));

describe('datasetChecks', () => {
  it('compares with plain BM25, the per-dataset top-1 minimum and the abstention cap in both settings', () => {
    const engine = datasetSystem('iqtibas', setting(0.94, 0.9), setting(0.85, 0.95, 0.06));
    const bm25 = datasetSystem('plain BM25', setting(0.9, 0.92), setting(0.85, 0.9));
    expect(verdicts(datasetChecks(datasetRun('xquad_ar', engine, bm25)))).toEqual({
      'xquad_ar within: top-1 beats plain BM25': true,
      'xquad_ar within: MRR@10 beats plain BM25': false,
      'xquad_ar within: top-1 ≥ 0.93': true,
      'xquad_ar within: abstention ≤ 0.05': true,
      'xquad_ar across: top-1 beats plain BM25': false,
      'xquad_ar across: MRR@10 beats plain BM25': true,
      'xquad_ar across: top-1 ≥ 0.9': false,
      'xquad_ar across: abstention ≤ 0.05': false,
    });
  });

  it('has no top-1 minimum for a setting or dataset without one', () => {
    const engine = datasetSystem('iqtibas', setting(0.5, 0.5), setting(0.5, 0.5));
    const bm25 = datasetSystem('plain BM25', setting(0.4, 0.4), setting(0.4, 0.4));
    const targets = (name: string) => datasetChecks(datasetRun(name, engine, bm25)).map((c) => c.target);
    expect(targets('mlqa_ar_dev').filter((t) => t.includes('≥'))).toEqual([
      'mlqa_ar_dev across: top-1 ≥ 0.64',
    ]);
    expect(targets('my-own-set').filter((t) => t.includes('≥'))).toEqual([]);
  });
});

describe('seedChecks', () => {
  const seedSystem = (system: string, medianUs: number, p99Us: number, buildMs: number): SeedSystemRun => ({
    system,
    buildMs,
    indexBytes: 1,
    quality: { questions: 1, top1: 1, recallAt3: 1, mrrAt10: 1, abstention: 0 },
    offTopicRejection: 1,
    latency: latency(medianUs, p99Us),
    firstSight: { medianUs, questionMedianP99Us: p99Us },
    rounds: 1,
  });
  const run = (engine: SeedSystemRun): SeedRun => ({
    article: 'seed',
    paragraphs: 1,
    questions: { answerable: 1, offTopic: 0 },
    timedTop: 5,
    systems: [engine, seedSystem('naive fuse.js', 2000, 5000, 1)],
  });

  it('passes at a 20× speed-up, p99 under 50 µs and a build under 50 ms', () => {
    expect(seedChecks(run(seedSystem('iqtibas', 100, 49.9, 49.9))).map((c) => c.pass)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('fails just past each limit', () => {
    expect(seedChecks(run(seedSystem('iqtibas', 101, 50, 50))).map((c) => c.pass)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('scaleChecks', () => {
  const point = (system: string, buildMs: number, p99Us: number, rssBytes: number): ScalePointRun => ({
    system,
    passages: 200_000,
    buildMs,
    indexBytes: 1,
    processHeapBytes: 1,
    rssBytes,
    latency: latency(1, p99Us),
  });

  it('judges the engine at 200k passages only', () => {
    const engine = point('iqtibas', 30_000, 5_000, 1.5e9);
    const slowEngine = point('iqtibas', 30_001, 5_001, 1.6e9);
    const bm25 = point('plain BM25', 1, 1, 1);
    expect(scaleChecks({ points: [{ size: 200_000, systems: [engine, bm25] }] }).map((c) => c.pass)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      scaleChecks({ points: [{ size: 200_000, systems: [bm25, slowEngine] }] }).map((c) => c.pass),
    ).toEqual([false, false, false]);
    expect(scaleChecks({ points: [{ size: 20_000, systems: [slowEngine, bm25] }] })).toEqual([]);
  });
});
