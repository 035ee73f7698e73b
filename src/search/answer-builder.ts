import type { Article } from '../corpus/article.js';
import { buildExcerpt } from './excerpt.js';
import { type PassageEvidence, sentenceScores } from './passage-evidence.js';
import type { SearchIndex } from './search-index.js';
import type { SentenceSpan } from './sentences.js';
import type { Answer } from './types.js';

/**
 * Turn a ranked passage into an answer: its article, paragraph and the
 * best-matching excerpt. Like a search engine's highlighter, the excerpt is
 * cut when first read, so a caller listing many hits pays only for the quotes
 * it shows; the evidence it needs is copied now, because the scanner's
 * buffers are reused by the next query.
 */
export function buildAnswer(
  index: SearchIndex,
  passageIndex: number,
  evidence: PassageEvidence,
  importances: readonly number[],
  confidence: number,
): Answer {
  const passage = index.passages[passageIndex];
  if (!passage) throw new RangeError(`No passage ${passageIndex}`);
  const kept: PassageEvidence = {
    wordGroups: evidence.wordGroups.slice(),
    wordStrengths: evidence.wordStrengths.slice(),
    sentenceBounds: evidence.sentenceBounds,
  };
  let excerpt: string | undefined;
  const cutExcerpt = (): string => {
    const sentences: SentenceSpan[] = [];
    for (let s = passage.sentenceStart; s < passage.sentenceEnd; s += 1) {
      sentences.push({ start: index.sentenceStarts[s] as number, end: index.sentenceEnds[s] as number });
    }
    return buildExcerpt({
      text: passage.paragraph.text,
      sentences,
      sentenceScores: sentenceScores(kept, importances),
      wordGroups: kept.wordGroups,
      sentenceBounds: kept.sentenceBounds,
    });
  };
  return {
    article: index.articles[passage.articleIndex] as Article,
    paragraph: passage.paragraph,
    get excerpt(): string {
      excerpt ??= cutExcerpt();
      return excerpt;
    },
    score: Math.round(confidence * 1000) / 1000,
  };
}
