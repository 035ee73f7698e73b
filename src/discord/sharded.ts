import { once } from 'node:events';
import { extname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { REST, type RESTGetAPIGatewayBotResult, Routes, ShardingManager } from 'discord.js';
import { SHUTDOWN_GRACE_MS } from './bot.js';
import type { BotConfig } from './config.js';
import { createLogger } from './logger.js';
import { readConfig } from './startup.js';

/**
 * `npm run start:sharded`: runs the bot entry (`main`) once per shard in
 * child processes. Discord requires sharding from 2,500 servers; before that
 * a single `npm start` process is simpler and does the same job.
 */

const config = readConfig();
const logger = createLogger(config.logLevel, undefined, { secrets: [config.token] });

/** Each shard drains its interactions in flight (SHUTDOWN_GRACE_MS) and disconnects; past this, stop waiting. */
const SHARD_EXIT_WAIT_MS = SHUTDOWN_GRACE_MS + 3_000;

// The same extension as this file: main.ts under tsx, main.js once compiled to dist.
const botEntry = fileURLToPath(new URL(`./main${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

/**
 * 'auto' asks discord.com for the recommended count whatever the REST base;
 * with a custom DISCORD_API_URL the count comes from that API instead.
 */
async function totalShards({ apiUrl, token }: BotConfig): Promise<number | 'auto'> {
  if (apiUrl === undefined) return 'auto';
  const gateway = (await new REST({ api: apiUrl })
    .setToken(token)
    .get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return gateway.shards;
}

let stopping = false;

async function start(): Promise<void> {
  const manager = new ShardingManager(botEntry, {
    token: config.token,
    totalShards: await totalShards(config),
    // Children run the way this process runs (e.g. with `--import tsx`).
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id }, 'shard launched');
    shard.on('death', () => {
      // The manager respawns a shard that dies on its own; one stopped on purpose is expected to exit.
      if (!stopping) logger.warn({ shard: shard.id }, 'shard exited');
    });
  });
  process.once('SIGINT', (signal) => void stop(manager, signal));
  process.once('SIGTERM', (signal) => void stop(manager, signal));
  await manager.spawn();
}

async function stop(manager: ShardingManager, signal: NodeJS.Signals): Promise<void> {
  stopping = true;
  logger.info({ signal }, 'stopping shards');
  const shards = [...manager.shards.values()];
  // Taken before kill(), which forgets the child process.
  const exits = shards.flatMap((shard) => (shard.process === null ? [] : [once(shard.process, 'exit')]));
  // kill() sends SIGTERM, which each shard answers with its own graceful shutdown.
  for (const shard of shards) shard.kill();
  // Exiting at once would leave the shards finishing their answers with no parent to report to.
  await Promise.race([Promise.all(exits), sleep(SHARD_EXIT_WAIT_MS)]);
  process.exit(0);
}

try {
  await start();
} catch (error) {
  logger.fatal({ err: error }, 'could not start the shards');
  process.exit(1);
}
