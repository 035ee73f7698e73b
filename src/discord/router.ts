import type { CommandRegistry } from '../../commands/index.js';
import type { CommandContext, CommandOutcome, Repliable } from '../../commands/types.js';
import type { Cooldown } from './cooldown.js';
import { customIdKind } from './custom-id.js';
import { DEFER_AFTER_MS, guardDeadline } from './deadline-guard.js';
import type { Incoming } from './incoming.js';
import type { Logger } from './logger.js';
import { TEXT } from './messages.js';
import { noticeReply } from './replies/payload.js';
import { respond } from './respond.js';
import { cannotReachUser } from './rest-error.js';

/**
 * Dispatches every interaction to its handler and is the one place failures
 * are caught: the details go to the log, the user gets a short Arabic
 * apology, whatever state the interaction was left in. Each interaction
 * yields one log line with the command, latency and result counts. Handlers
 * see each interaction through a deadline guard (`deadline-guard.ts`), which
 * defers it for them when they are too slow for Discord's 3-second window.
 */

export interface RouterOptions {
  readonly registry: CommandRegistry;
  readonly context: CommandContext;
  readonly logger: Logger;
  readonly cooldown: Cooldown;
  /** Milliseconds from an arbitrary origin; injectable so latency can be tested. */
  readonly clock?: () => number;
  /** After this long without an acknowledgement from the handler, the router defers the interaction. */
  readonly deferAfterMs?: number;
}

export interface Router {
  route(incoming: Incoming): Promise<void>;
}

type Status = 'ok' | 'cooldown' | 'unknown';

interface Handled extends CommandOutcome {
  readonly status: Status;
}

/** The name a log line files an interaction under. */
function describe(incoming: Incoming): string {
  switch (incoming.kind) {
    case 'slash':
      return `/${incoming.interaction.commandName}`;
    case 'message-menu':
      return incoming.interaction.commandName;
    case 'autocomplete':
      return `/${incoming.interaction.commandName} autocomplete`;
    case 'button':
      return `button ${customIdKind(incoming.interaction.customId)}`;
    case 'unsupported':
      return `unsupported ${incoming.what}`;
  }
}

async function refuse(interaction: Repliable, text: string, status: Status): Promise<Handled> {
  await interaction.reply(noticeReply(text, { ephemeral: true }));
  return { status };
}

export function createRouter({
  registry,
  context,
  logger,
  cooldown,
  clock = () => performance.now(),
  deferAfterMs = DEFER_AFTER_MS,
}: RouterOptions) {
  /** Runs `run` unless the user used `command` too recently. */
  async function throttled(
    interaction: Repliable,
    command: string,
    run: () => Promise<CommandOutcome | undefined>,
  ): Promise<Handled> {
    const check = cooldown.take(interaction.user.id, command);
    if (!check.allowed)
      return refuse(interaction, TEXT.cooldown(Math.ceil(check.retryAfterMs / 1000)), 'cooldown');
    return { status: 'ok', ...(await run()) };
  }

  async function dispatch(incoming: Incoming): Promise<Handled> {
    switch (incoming.kind) {
      case 'slash': {
        const { interaction } = incoming;
        const command = registry.slash.get(interaction.commandName);
        if (command === undefined) return refuse(interaction, TEXT.unknownCommand, 'unknown');
        return throttled(interaction, interaction.commandName, () => command.execute(interaction, context));
      }
      case 'message-menu': {
        const { interaction } = incoming;
        const command = registry.messageMenu.get(interaction.commandName);
        if (command === undefined) return refuse(interaction, TEXT.unknownCommand, 'unknown');
        return throttled(interaction, interaction.commandName, () => command.execute(interaction, context));
      }
      case 'autocomplete': {
        const { interaction } = incoming;
        const command = registry.slash.get(interaction.commandName);
        if (command?.autocomplete === undefined) {
          await interaction.respond([]);
          return { status: 'unknown' };
        }
        await command.autocomplete(interaction, context);
        return { status: 'ok' };
      }
      case 'button': {
        const { interaction } = incoming;
        const handler = registry.buttons.get(customIdKind(interaction.customId));
        if (handler === undefined) return refuse(interaction, TEXT.unknownButton, 'unknown');
        return { status: 'ok', ...(await handler.execute(interaction, context)) };
      }
      case 'unsupported':
        return refuse(incoming.interaction, TEXT.unknownCommand, 'unknown');
    }
  }

  /** Whether the command will answer privately, so that a deferral made on its behalf hides too. */
  function repliesPrivately(incoming: Incoming): boolean {
    switch (incoming.kind) {
      case 'slash':
        return (
          registry.slash.get(incoming.interaction.commandName)?.privateReply?.(incoming.interaction) ?? false
        );
      case 'message-menu':
        return (
          registry.messageMenu.get(incoming.interaction.commandName)?.privateReply?.(incoming.interaction) ??
          false
        );
      default:
        return false;
    }
  }

  /** Best effort: the interaction may have expired, and a failure here must not escape either. */
  async function apologize(incoming: Incoming, failure: unknown): Promise<void> {
    if (cannotReachUser(failure)) return;
    try {
      if (incoming.kind === 'autocomplete') {
        if (!incoming.interaction.responded) await incoming.interaction.respond([]);
      } else {
        await respond(incoming.interaction, noticeReply(TEXT.unexpectedError, { ephemeral: true }));
      }
    } catch (error) {
      logger.warn({ err: error, command: describe(incoming) }, 'could not tell the user about the failure');
    }
  }

  return {
    async route(received: Incoming): Promise<void> {
      const started = clock();
      const command = describe(received);
      const guarded = guardDeadline(received, {
        deferAfterMs,
        privateReply: () => repliesPrivately(received),
        onDefer: (outcome) => {
          const afterMs = Math.round(clock() - started);
          if (outcome.ok) logger.warn({ command, afterMs }, 'slow handler: deferred before the deadline');
          else logger.warn({ err: outcome.error, command, afterMs }, 'slow handler: could not defer');
        },
      });
      const { incoming } = guarded;
      try {
        const handled = await dispatch(incoming);
        const latencyMs = Math.round(clock() - started);
        // Autocomplete fires on every keystroke: worth a line only when debugging.
        const level = incoming.kind === 'autocomplete' ? 'debug' : 'info';
        logger[level]({ command, latencyMs, ...handled }, 'interaction');
      } catch (error) {
        const latencyMs = Math.round(clock() - started);
        logger.error({ err: error, command, latencyMs }, 'interaction failed');
        await apologize(incoming, error);
      } finally {
        guarded.release();
      }
    },
  } satisfies Router;
}
