import { createSearchEngine } from '../src/search/engine.js';
import type { RetrieverFactory } from './retriever.js';

/** The engine exactly as the bot calls it: the default abstention threshold, no extra options. */
export const iqtibas: RetrieverFactory = {
  name: 'iqtibas',
  build(articles) {
    const engine = createSearchEngine(articles);
    return { search: (question, scope) => engine.ask(question, scope).map((answer) => answer.paragraph.id) };
  },
};
