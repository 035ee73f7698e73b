import { Events } from 'discord.js';
import { createRegistry } from '../../commands/index.js';
import { paragraphsOf } from '../corpus/article.js';
import { createSearchEngine } from '../search/engine.js';
import { createClient } from './client.js';
import { createCooldown } from './cooldown.js';
import { toIncoming } from './incoming.js';
import { createLogger } from './logger.js';
import { createRouter } from './router.js';
import { readArticles, readConfig } from './startup.js';

/**
 * The bot: `npm start`, or `node --import tsx src/discord/main.ts`, or one
 * shard spawned by `sharded.ts` (discord.js passes the shard ids in the
 * environment). It never registers commands: that is `deploy-commands.ts`.
 */

const config = readConfig();
const logger = createLogger(config.logLevel);

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

const client = createClient(config);
const router = createRouter({
  registry: createRegistry(),
  context: { engine },
  logger,
  cooldown: createCooldown(config.cooldownSeconds * 1000),
});

client.on(Events.InteractionCreate, (interaction) => {
  const incoming = toIncoming(interaction);
  // route() never rejects: it catches and reports every failure itself.
  if (incoming !== undefined) void router.route(incoming);
});
client.once(Events.ClientReady, (ready) => {
  logger.info(
    {
      user: ready.user.tag,
      userId: ready.user.id,
      guilds: ready.guilds.cache.size,
      shards: [...ready.ws.shards.keys()],
    },
    'ready',
  );
});
client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
client.on(Events.Warn, (warning) => logger.warn({ warning }, 'client warning'));

// A stray rejection is a bug to log, not a reason to drop every other user's interaction.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await client.destroy();
  process.exit(0);
}
process.once('SIGINT', (signal) => void shutdown(signal));
process.once('SIGTERM', (signal) => void shutdown(signal));

try {
  await client.login(config.token);
} catch (error) {
  logger.fatal({ err: error }, 'could not connect to Discord');
  process.exit(1);
}
