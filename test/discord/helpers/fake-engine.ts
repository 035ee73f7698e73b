import type { Article } from '../../../src/corpus/article.js';
import type { Answer, AskOptions, SearchEngine } from '../../../src/search/types.js';

export interface RecordingEngine extends SearchEngine {
  readonly calls: { readonly question: string; readonly options: AskOptions | undefined }[];
}

/** A search engine that answers every question with `answers` (cut to `top`) and records what it was asked. */
export function fakeEngine(articles: readonly Article[], answers: readonly Answer[] = []): RecordingEngine {
  const calls: RecordingEngine['calls'] = [];
  return {
    articles,
    calls,
    ask(question, options) {
      calls.push({ question, options });
      return answers.slice(0, options?.top ?? 3);
    },
  };
}
