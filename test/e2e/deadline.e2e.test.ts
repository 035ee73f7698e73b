import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type APIButtonComponent,
  type APIInteraction,
  ComponentType,
  Events,
  InteractionResponseType,
  MessageFlags,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandRegistry, createRegistry } from '../../commands/index.js';
import { loadArticles } from '../../src/corpus/load-articles.js';
import { type Bot, startBot } from '../../src/discord/bot.js';
import { decodeAnswerButton } from '../../src/discord/custom-id.js';
import { DEFER_AFTER_MS } from '../../src/discord/deadline-guard.js';
import { createLogger } from '../../src/discord/logger.js';
import { createSearchEngine } from '../../src/search/engine.js';
import { jsonLines } from '../discord/helpers/log-lines.js';
import { FakeDiscord } from './fake-discord/fake-discord.js';
import { ACKNOWLEDGE_WITHIN_MS } from './fake-discord/interaction-callbacks.js';
import type { InteractionReply } from './fake-discord/replies.js';
import { visibleText } from './support/visible-text.js';

/**
 * Issue 5, a handler slower than Discord's 3-second window: the real bot
 * (discord.js client, router, commands, engine) runs in this process against
 * the fake Discord, which refuses an acknowledgement that arrives late. Every
 * handler of the registry is made to wait for a gate the test opens only
 * after the window has passed, so the bot has to defer on the handlers'
 * behalf in time and deliver their answers by edit.
 */

const FIRST_MEETING = 'متى التقى كيم وبوتين لأول مرة؟';
const FIRST_MEETING_EXCERPT = 'التقى بوتين عام 2019';
const CONTEXT_MENU_COMMAND = 'Ask the article';
/** How long the slow handlers wait: past the window, so only a deferral can have kept their interactions alive. */
const HANDLER_DELAY_MS = ACKNOWLEDGE_WITHIN_MS + 200;

let fake: FakeDiscord;
let bot: Bot;
const { lines: logLines, stream: logStream } = jsonLines();
/** What every handler awaits before running; open unless a test closes it. */
let gate: Promise<void> = Promise.resolve();

/** `registry` with every handler waiting for the gate first, as a handler stuck on something slow would. */
function behindGate(registry: CommandRegistry): CommandRegistry {
  const slowed = <Args extends unknown[], Result>(run: (...args: Args) => Promise<Result>) => {
    return async (...args: Args): Promise<Result> => {
      await gate;
      return run(...args);
    };
  };
  return {
    slash: new Map(
      [...registry.slash].map(([name, command]) => [name, { ...command, execute: slowed(command.execute) }]),
    ),
    messageMenu: new Map(
      [...registry.messageMenu].map(([name, command]) => [
        name,
        { ...command, execute: slowed(command.execute) },
      ]),
    ),
    buttons: new Map(
      [...registry.buttons].map(([kind, handler]) => [
        kind,
        { ...handler, execute: slowed(handler.execute) },
      ]),
    ),
  };
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const engine = createSearchEngine(await loadArticles('data/articles'));
  bot = await startBot({
    config: { token: 'fake.token.value', apiUrl: fake.apiUrl, cooldownSeconds: 0 },
    logger: createLogger('info', logStream),
    registry: behindGate(createRegistry()),
    context: { engine },
  });
  if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

function nextButton(reply: InteractionReply): string {
  const rows = (reply.body.components ?? []) as { components?: APIButtonComponent[] }[];
  for (const button of rows.flatMap((row) => row.components ?? [])) {
    if (button.type === ComponentType.Button && 'custom_id' in button) {
      if (decodeAnswerButton(button.custom_id)?.action === 'next') return button.custom_id;
    }
  }
  throw new Error(`The answer has no "next" button: ${JSON.stringify(reply.body.components)}`);
}

describe('a handler slower than Discord’s 3-second window', () => {
  let answer: InteractionReply;
  let answered: APIInteraction;

  it('is left alone when it is fast: a directed answer is still the immediate reply that pings', async () => {
    answered = fake.interactions.slashCommand('ask', {
      question: FIRST_MEETING,
      mention: fake.world.bystander,
    });
    fake.dispatchInteraction(answered);
    answer = await fake.waitForReply(answered);
    expect(answer.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(answer.body.allowed_mentions).toEqual({ parse: [], users: [fake.world.bystander.id] });
    expect(logLines.filter((line) => String(line.msg).startsWith('slow handler'))).toEqual([]);
  });

  it(
    'is deferred in time, and its answer arrives by edit, privately when it is private',
    async () => {
      let open: () => void = () => undefined;
      gate = new Promise((resolve) => {
        open = resolve;
      });
      const message = fake.originalMessage(answered.token);
      if (message === undefined) throw new Error('The first answer was never posted');
      const target = fake.interactions.userMessage(FIRST_MEETING);
      const slow = {
        ask: fake.interactions.slashCommand('ask', { question: FIRST_MEETING }),
        hidden: fake.interactions.slashCommand('ask', { question: FIRST_MEETING, hide: true }),
        directed: fake.interactions.slashCommand('ask', {
          question: FIRST_MEETING,
          mention: fake.world.bystander,
        }),
        // Answers with a plain interaction.reply(), the way refusals do.
        sections: fake.interactions.slashCommand('sections'),
        contextMenu: fake.interactions.messageCommand(CONTEXT_MENU_COMMAND, target),
        button: fake.interactions.buttonPress(nextButton(answer), message),
      };
      for (const interaction of Object.values(slow)) fake.dispatchInteraction(interaction);

      const callbacks = await Promise.all(
        Object.values(slow).map((interaction) => fake.waitForCallback(interaction.id)),
      );
      for (const callback of callbacks) {
        expect(callback.problems).toEqual([]);
        expect(callback.elapsedMs).toBeGreaterThanOrEqual(DEFER_AFTER_MS - 50);
        expect(callback.elapsedMs).toBeLessThan(ACKNOWLEDGE_WITHIN_MS);
      }
      await sleep(HANDLER_DELAY_MS - Math.min(...callbacks.map((callback) => callback.elapsedMs)));
      open();

      const replies = Object.fromEntries(
        await Promise.all(
          Object.entries(slow).map(
            async ([name, interaction]) => [name, await fake.waitForReply(interaction)] as const,
          ),
        ),
      );
      for (const name of ['ask', 'hidden', 'directed', 'contextMenu'] as const) {
        expect(replies[name]?.callbackType, name).toBe(
          InteractionResponseType.DeferredChannelMessageWithSource,
        );
        expect(visibleText(replies[name]?.body ?? {}), name).toContain(FIRST_MEETING_EXCERPT);
      }
      expect(replies.hidden?.ephemeral).toBe(true);
      expect(replies.contextMenu?.ephemeral).toBe(true);
      expect(replies.ask?.ephemeral).toBe(false);
      // The edit still names the member; Discord just does not notify a mention added by an edit.
      expect(String(replies.directed?.body.content)).toContain(`<@${fake.world.bystander.id}>`);
      expect(replies.sections?.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      expect(replies.sections?.body.embeds).toHaveLength(1);

      // The button's own message turned to the next passage, through the edit of a deferred update.
      expect(replies.button?.callbackType).toBe(InteractionResponseType.DeferredMessageUpdate);
      const turned = fake.originalMessage(slow.button.token);
      expect(turned?.id).toBe(message.id);
      expect(visibleText(turned as unknown as Record<string, unknown>)).not.toContain(FIRST_MEETING_EXCERPT);
      expect((turned?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);

      const deferredLines = logLines.filter(
        (line) => line.msg === 'slow handler: deferred before the deadline',
      );
      expect(deferredLines).toHaveLength(Object.keys(slow).length);
      expect(logLines.filter((line) => Number(line.level) >= 50)).toEqual([]);
      expect(fake.callbacks.entries.filter((callback) => callback.problems.length > 0)).toEqual([]);
      expect(fake.requests.entries.filter((request) => request.status >= 400)).toEqual([]);
    },
    HANDLER_DELAY_MS + 10_000,
  );
});
