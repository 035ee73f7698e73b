/**
 * Baseline (a): textbook BM25 with none of the engine's Arabic analysis:
 * normalized letter/digit runs as terms, no stemming, no stop words. It is
 * the yardstick the datasets' published reference numbers were made with.
 */
import { type Article, paragraphsOf } from '../../src/corpus/article.js';
import { normalizeArabic } from '../../src/text/normalize.js';
import type { Retriever, RetrieverFactory, SearchScope } from '../retriever.js';

export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

export const REFERENCE_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

export interface ScoredParagraph {
  readonly id: string;
  readonly score: number;
}

export interface PlainBm25 extends Retriever {
  /** Paragraphs that share at least one term with the question, best first, ties in reading order. */
  rank(question: string, scope: SearchScope): ScoredParagraph[];
}

export const plainBm25: RetrieverFactory = {
  name: 'plain BM25',
  build: (articles) => createPlainBm25(articles),
};

/** Runs of letters and digits, so the "؟" glued to a question's last word does not hide that word. */
export function plainTokens(text: string): string[] {
  return normalizeArabic(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * IDF is Lucene's `ln(1 + (N - df + 0.5) / (df + 0.5))`, which never goes
 * negative; collection statistics are global even when a search is limited
 * to one article. A term repeated in the question counts once per repetition.
 */
export function createPlainBm25(articles: readonly Article[], { k1, b } = REFERENCE_BM25): PlainBm25 {
  const ids: string[] = [];
  const articleOfDoc: number[] = [];
  const articleNumber = new Map<string, number>();
  const lengths: number[] = [];
  const termNumber = new Map<string, number>();
  const docsOfTerm: number[][] = [];
  const tfsOfTerm: number[][] = [];

  for (const [articleIndex, article] of articles.entries()) {
    articleNumber.set(article.slug, articleIndex);
    for (const paragraph of paragraphsOf(article)) {
      const doc = ids.length;
      ids.push(paragraph.id);
      articleOfDoc.push(articleIndex);
      const tokens = plainTokens(paragraph.text);
      lengths.push(tokens.length);
      for (const token of tokens) {
        let t = termNumber.get(token);
        if (t === undefined) {
          t = docsOfTerm.length;
          termNumber.set(token, t);
          docsOfTerm.push([]);
          tfsOfTerm.push([]);
        }
        const docs = docsOfTerm[t] as number[];
        const tfs = tfsOfTerm[t] as number[];
        // Postings grow in document order, so a repeat of the term in this paragraph is always the last entry.
        if (docs[docs.length - 1] === doc) tfs[tfs.length - 1] = (tfs[tfs.length - 1] as number) + 1;
        else {
          docs.push(doc);
          tfs.push(1);
        }
      }
    }
  }

  const docCount = ids.length;
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / docCount;
  const lengthNorm = Float64Array.from(lengths, (length) => k1 * (1 - b + (b * length) / averageLength));
  const docArticle = Int32Array.from(articleOfDoc);
  // All postings in two flat typed arrays, term t at [start[t], start[t + 1]): nested JS arrays or one
  // typed array per term would cost several times the memory, which matters at 200k passages.
  const start = new Int32Array(docsOfTerm.length + 1);
  docsOfTerm.forEach((docs, t) => {
    start[t + 1] = (start[t] as number) + docs.length;
  });
  const postingDocs = new Int32Array(start[docsOfTerm.length] as number);
  const postingTfs = new Uint32Array(postingDocs.length);
  for (const [t, docs] of docsOfTerm.entries()) {
    postingDocs.set(docs, start[t]);
    postingTfs.set(tfsOfTerm[t] as number[], start[t]);
  }
  const idf = Float64Array.from(docsOfTerm, (docs) =>
    Math.log(1 + (docCount - docs.length + 0.5) / (docs.length + 0.5)),
  );
  const scores = new Float64Array(docCount);

  function rank(question: string, { top, article }: SearchScope): ScoredParagraph[] {
    const only = article === undefined ? -1 : articleIndexOf(article);
    const touched: number[] = [];
    for (const term of plainTokens(question)) {
      const t = termNumber.get(term);
      if (t === undefined) continue;
      const weight = idf[t] as number;
      for (let i = start[t] as number; i < (start[t + 1] as number); i++) {
        const doc = postingDocs[i] as number;
        if (only >= 0 && docArticle[doc] !== only) continue;
        const tf = postingTfs[i] as number;
        // Every contribution is positive, so a zero score means "not seen yet".
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = (scores[doc] as number) + (weight * tf * (k1 + 1)) / (tf + (lengthNorm[doc] as number));
      }
    }
    const best = bestDocs(touched, scores, top).map((doc) => ({
      id: ids[doc] as string,
      score: scores[doc] as number,
    }));
    for (const doc of touched) scores[doc] = 0;
    return best;
  }

  function articleIndexOf(slug: string): number {
    const index = articleNumber.get(slug);
    if (index === undefined) throw new Error(`plain BM25: no article with slug '${slug}'`);
    return index;
  }

  return { rank, search: (question, scope) => rank(question, scope).map((hit) => hit.id) };
}

/**
 * The k best documents by a bounded insertion instead of a full sort: at 200k
 * passages a common word touches most of them, and sorting them all would
 * make the baseline look slower than BM25 is.
 */
function bestDocs(docs: readonly number[], scores: Float64Array, k: number): number[] {
  const ranksBefore = (x: number, y: number) =>
    (scores[x] as number) > (scores[y] as number) || (scores[x] === scores[y] && x < y);
  const best: number[] = [];
  if (k <= 0) return best;
  for (const doc of docs) {
    if (best.length === k && !ranksBefore(doc, best[k - 1] as number)) continue;
    let at = Math.min(best.length, k - 1);
    best[at] = doc;
    while (at > 0 && ranksBefore(doc, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      best[at - 1] = doc;
      at--;
    }
  }
  return best;
}
