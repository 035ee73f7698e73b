import { createRegistry } from '../../commands/index.js';
import { paragraphsOf } from '../corpus/article.js';
import { createSearchEngine } from '../search/engine.js';
import { SHUTDOWN_GRACE_MS, startBot } from './bot.js';
import { createLogger } from './logger.js';
import { handleProcessEvents } from './process-lifecycle.js';
import { exitOnDiscordFailure, readArticles, readConfig } from './startup.js';

/**
 * The bot process: `npm start`, or `node --import tsx src/discord/main.ts`,
 * or one shard spawned by `sharded.ts` (discord.js passes the shard ids in
 * the environment). It never registers commands: that is `deploy-commands.ts`.
 * The bot itself is `bot.ts`; this file adds configuration, the article index,
 * signals and exit codes.
 */

/** Past the drain's grace, room for the disconnect; still inside the usual 10 s before a process manager kills. */
const FORCE_EXIT_AFTER_MS = SHUTDOWN_GRACE_MS + 3_000;

const config = readConfig();
const logger = createLogger(config.logLevel, undefined, { secrets: [config.token] });

/**
 * Set once the bot is up; a signal before that has nothing to drain. Installed
 * before the articles load (which takes seconds for a large corpus), so that a
 * stop during startup is still a clean exit 0 rather than death by signal.
 */
let stopBot: () => Promise<void> = async () => undefined;
const lifecycle = handleProcessEvents({
  events: process,
  logger,
  stop: () => stopBot(),
  exit: (code) => process.exit(code),
  forceExitAfterMs: FORCE_EXIT_AFTER_MS,
});

const articles = await readArticles(config.articlesDir);
const indexStarted = performance.now();
const engine = createSearchEngine(articles);
logger.info(
  {
    articles: articles.map((article) => article.slug),
    paragraphs: articles.reduce((sum, article) => sum + paragraphsOf(article).length, 0),
    indexMs: Math.round(performance.now() - indexStarted),
  },
  'articles loaded',
);

try {
  const bot = await startBot({
    config,
    logger,
    registry: createRegistry(),
    context: { engine },
    onGatewayLost: (code) => void lifecycle.shutdown(`gateway closed for good (${code})`, 1),
  });
  stopBot = () => bot.stop();
} catch (error) {
  logger.fatal({ err: error }, 'could not connect to Discord');
  exitOnDiscordFailure('cannot start', error);
}
