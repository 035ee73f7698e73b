import { createSearchEngine } from '../src/search/engine.js';
import type { RetrieverFactory } from './retriever.js';

/**
 * The engine exactly as the bot calls it: the default abstention threshold, no
 * extra options. Excerpts are cut when read; the timed call reads the best
 * answer's, as `/ask` shows it, so the latency includes quoting.
 */
export const iqtibas: RetrieverFactory = {
  name: 'iqtibas',
  build(articles) {
    const engine = createSearchEngine(articles);
    return {
      search: (question, scope) => {
        const answers = engine.ask(question, scope);
        if (answers[0]?.excerpt === '') throw new Error(`empty excerpt for: ${question}`);
        return answers.map((answer) => answer.paragraph.id);
      },
    };
  },
};
