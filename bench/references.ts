/** Published figures printed beside ours; they are not recomputed here. */
import type { DatasetName } from './paths.js';

export interface Top1BySetting {
  readonly within: number;
  readonly across: number;
}

/** Top-1 of BM25 over Lucene's ArabicAnalyzer (normalizer, stop words, light stemmer) on the same sets. */
export const LUCENE_ARABIC_TOP1: Record<DatasetName, Top1BySetting> = {
  arcd: { within: 0.812, across: 0.715 },
  xquad_ar: { within: 0.92, across: 0.885 },
  tydiqa_goldp_ar_dev: { within: 0.644, across: 0.815 },
  mlqa_ar_dev: { within: 0.749, across: 0.609 },
};

/**
 * Across top-1 of the datasets README's plain BM25 with punctuation split
 * off tokens (`--strip-punct`): the configuration our plain BM25 follows, so
 * ours should land near these.
 */
export const README_PUNCT_SPLIT_ACROSS_TOP1: Record<DatasetName, number> = {
  arcd: 0.662,
  xquad_ar: 0.821,
  tydiqa_goldp_ar_dev: 0.764,
  mlqa_ar_dev: 0.497,
};
