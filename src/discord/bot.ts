import { type Client, Events, RESTEvents } from 'discord.js';
import type { CommandRegistry } from '../../commands/index.js';
import type { CommandContext, Repliable } from '../../commands/types.js';
import { createClient } from './client.js';
import type { BotConfig } from './config.js';
import { createCooldown } from './cooldown.js';
import { createInFlight } from './in-flight.js';
import { toIncoming } from './incoming.js';
import type { Logger } from './logger.js';
import { TEXT } from './messages.js';
import { createRecentIds } from './recent-ids.js';
import { noticeReply } from './replies/payload.js';
import { createRouter } from './router.js';

/**
 * The bot itself, without the process around it (that is `main.ts`): a
 * discord.js client whose interactions go through the router, and a stop
 * that lets the interactions in flight finish before disconnecting. Tests
 * start it in-process with their own registry or context.
 */

/** Far more interactions than arrive within their 3-second life, even in a burst. */
const REMEMBERED_INTERACTIONS = 10_000;

/** Long enough for any answer (a few REST calls), well inside the 10 s a process manager usually waits. */
export const SHUTDOWN_GRACE_MS = 5_000;

export interface BotOptions {
  readonly config: Pick<BotConfig, 'token' | 'apiUrl' | 'cooldownSeconds'>;
  readonly logger: Logger;
  readonly registry: CommandRegistry;
  readonly context: CommandContext;
  /** See `RouterOptions.deferAfterMs`. */
  readonly deferAfterMs?: number;
  /**
   * Discord closed the gateway with a code discord.js will not reconnect after
   * (token revoked, intents disallowed…): the bot can no longer receive anything.
   */
  readonly onGatewayLost?: (code: number) => void;
}

export interface Bot {
  readonly client: Client;
  /**
   * Stops taking interactions, waits up to `graceMs` for those in flight,
   * then disconnects. Safe to call more than once: later calls share the first.
   */
  stop(graceMs?: number): Promise<void>;
}

/** Connects to Discord; rejects when the login fails (a bad token, Discord unreachable). */
export async function startBot({
  config,
  logger,
  registry,
  context,
  deferAfterMs,
  onGatewayLost,
}: BotOptions): Promise<Bot> {
  const client = createClient(config);
  const router = createRouter({
    registry,
    context,
    logger,
    cooldown: createCooldown(config.cooldownSeconds * 1000),
    ...(deferAfterMs === undefined ? {} : { deferAfterMs }),
  });
  const inFlight = createInFlight();
  const delivered = createRecentIds(REMEMBERED_INTERACTIONS);
  let accepting = true;

  client.on(Events.InteractionCreate, (interaction) => {
    if (!delivered.firstTime(interaction.id)) {
      logger.info({ interactionId: interaction.id }, 'interaction ignored: delivered again');
      return;
    }
    if (!accepting) {
      logger.info({ interactionId: interaction.id }, 'interaction turned away: shutting down');
      const incoming = toIncoming(interaction);
      // A short notice rather than silence, which Discord shows as "the application did not respond".
      if (incoming !== undefined && incoming.kind !== 'autocomplete') {
        inFlight.track(turnAway(incoming.interaction, logger));
      }
      return;
    }
    const incoming = toIncoming(interaction);
    // route() never rejects: it catches and reports every failure itself.
    if (incoming !== undefined) inFlight.track(router.route(incoming));
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
  logConnectionEvents(client, logger, () => !accepting);
  if (onGatewayLost !== undefined)
    client.on(Events.ShardDisconnect, (event) => {
      if (accepting) onGatewayLost(event.code);
    });

  let stopped: Promise<void> | undefined;
  async function stop(graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
    accepting = false;
    const pending = inFlight.count;
    const abandoned = await inFlight.drain(graceMs);
    if (abandoned > 0) logger.warn({ abandoned, graceMs }, 'stopped waiting for interactions in flight');
    await client.destroy();
    logger.info({ finished: pending - abandoned, abandoned }, 'disconnected');
  }

  await client.login(config.token);
  return {
    client,
    stop(graceMs) {
      stopped ??= stop(graceMs);
      return stopped;
    },
  };
}

/** Tells the user the bot is restarting; best effort, as the connection is about to close. */
async function turnAway(interaction: Repliable, logger: Logger): Promise<void> {
  try {
    await interaction.reply(noticeReply(TEXT.restarting, { ephemeral: true }));
  } catch (error) {
    logger.warn({ err: error }, 'could not tell the user the bot is restarting');
  }
}

/**
 * Gateway drops are routine (discord.js resumes or reconnects by itself) and
 * rate limits are handled by waiting, so both are worth a line, not an
 * alarm; a shard giving up for good is an error.
 */
function logConnectionEvents(client: Client, logger: Logger, stopping: () => boolean): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'client warning'));
  client.on(Events.ShardError, (error, shard) => logger.warn({ err: error, shard }, 'gateway error'));
  // discord.js reports its own disconnect on destroy() as a reconnection too.
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping()) logger.info({ shard }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayedEvents) =>
    logger.info({ shard, replayedEvents }, 'gateway resumed'),
  );
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'gateway session started'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.error({ shard, code: event.code }, 'gateway closed for good'),
  );
  // Only discord.js's bucket route and timing: its `url` and `majorParameter` can hold an interaction token.
  client.rest.on(RESTEvents.RateLimited, ({ route, method, retryAfter, global, scope }) =>
    logger.info({ route, method, retryAfterMs: retryAfter, global, scope }, 'rate limited'),
  );
}
