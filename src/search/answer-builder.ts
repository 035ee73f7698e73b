import type { Article } from '../corpus/article.js';
import { buildExcerpt } from './excerpt.js';
import { type PassageEvidence, sentenceScores } from './passage-evidence.js';
import type { SearchIndex } from './search-index.js';
import type { SentenceSpan } from './sentences.js';
import type { Answer } from './types.js';

/** Turn a ranked passage into an answer: its article, paragraph and the best-matching excerpt. */
export function buildAnswer(
  index: SearchIndex,
  passageIndex: number,
  evidence: PassageEvidence,
  importances: readonly number[],
  confidence: number,
): Answer {
  const passage = index.passages[passageIndex];
  if (!passage) throw new RangeError(`No passage ${passageIndex}`);
  const sentences: SentenceSpan[] = [];
  for (let s = passage.sentenceStart; s < passage.sentenceEnd; s += 1) {
    sentences.push({ start: index.sentenceStarts[s] as number, end: index.sentenceEnds[s] as number });
  }
  return {
    article: index.articles[passage.articleIndex] as Article,
    paragraph: passage.paragraph,
    excerpt: buildExcerpt({
      text: passage.paragraph.text,
      sentences,
      sentenceScores: sentenceScores(evidence, importances),
      wordGroups: evidence.wordGroups,
      sentenceBounds: evidence.sentenceBounds,
    }),
    score: Math.round(confidence * 1000) / 1000,
  };
}
