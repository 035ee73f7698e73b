import {
  type APIButtonComponent,
  type APIEmbed,
  type APIInteraction,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../../commands/index.js';
import { decodeAnswerButton } from '../../src/discord/custom-id.js';
import { TEXT } from '../../src/discord/messages.js';
import type { CommandScope } from './fake-discord/command-store.js';
import { FakeDiscord } from './fake-discord/fake-discord.js';
import type { OptionValues } from './fake-discord/interactions.js';
import type { InteractionReply } from './fake-discord/replies.js';
import { botEnv as envFor } from './support/bot-env.js';
import { ScriptProcess } from './support/script-process.js';
import { visibleText, withoutBidiFormatting } from './support/visible-text.js';

/**
 * The real bot, run as its own process exactly as in production, against the
 * fake Discord on loopback: what a user sends goes in through the gateway,
 * what the bot answers is checked where Discord would receive it.
 */

const BOT = 'src/discord/main.ts';
const DEPLOY = 'src/discord/deploy-commands.ts';
/** Starting a TypeScript process and loading the article takes a few seconds; a hang fails before the test timeout. */
const STARTUP_MS = 15_000;

const FIRST_MEETING = 'متى التقى كيم وبوتين لأول مرة؟';
const FIRST_MEETING_EXCERPT = 'التقى بوتين عام 2019';
const FIRST_MEETING_SECTION = 'العلاقة تاريخيا';
const OFF_TOPIC = 'ما أفضل طريقة لطهي المعكرونة الإيطالية؟';
const CONTEXT_MENU_COMMAND = 'Ask the article';

let fake: FakeDiscord;
let bot: ScriptProcess | undefined;

function botEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  // One tester asks many times in a row; the per-user cooldown would answer most of it with "slow down".
  return envFor(fake, { LOG_LEVEL: 'debug', COOLDOWN_SECONDS: '0', ...extra });
}

/** Sends an interaction and waits for the answer the user ends up seeing. */
async function interact(interaction: APIInteraction): Promise<InteractionReply> {
  fake.dispatchInteraction(interaction);
  return fake.waitForReply(interaction);
}

function ask(options: OptionValues): APIInteraction {
  return fake.interactions.slashCommand('ask', options);
}

function firstEmbed(reply: InteractionReply): APIEmbed {
  const embeds = reply.body.embeds as APIEmbed[] | undefined;
  const embed = embeds?.[0];
  if (embed === undefined) throw new Error(`The reply has no embed: ${JSON.stringify(reply.body)}`);
  return embed;
}

function buttonsOf(reply: InteractionReply): APIButtonComponent[] {
  const rows = (reply.body.components ?? []) as { components?: APIButtonComponent[] }[];
  return rows
    .flatMap((row) => row.components ?? [])
    .filter((component) => component.type === ComponentType.Button);
}

/** pino's numeric level for `warn`; `error` and `fatal` are above it. */
const PINO_WARN = 40;

/** "paragraph 6" as the reply shows it, whichever embed part carries it. */
const PARAGRAPH_SIX = /الفقرة\s*:?\s*6(?!\d)/;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  bot = new ScriptProcess(BOT, botEnv());
  await bot.waitForLog('ready', STARTUP_MS);
}, STARTUP_MS + 5_000);

afterAll(async () => {
  try {
    if (bot !== undefined) {
      // Graceful shutdown: SIGTERM ends the process cleanly, with code 0.
      expect(await bot.stop(), bot.output).toEqual({ code: 0, signal: null });
    }
  } finally {
    await fake?.close();
  }
});

describe('the bot on a running Discord', () => {
  let firstAnswer: InteractionReply;
  let firstAsk: APIInteraction;

  it('answers /ask with the article’s own words, the section and the paragraph', async () => {
    firstAsk = ask({ question: FIRST_MEETING });
    firstAnswer = await interact(firstAsk);
    expect([
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.DeferredChannelMessageWithSource,
    ]).toContain(firstAnswer.callbackType);
    const text = visibleText(firstAnswer.body);
    expect(text).toContain(FIRST_MEETING_EXCERPT);
    expect(text).toContain(FIRST_MEETING_SECTION);
    expect(text).toMatch(PARAGRAPH_SIX);
    expect(firstAnswer.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(firstAnswer.ephemeral).toBe(false);
  });

  it('hides the answer from everyone else when asked to', async () => {
    const reply = await interact(ask({ question: FIRST_MEETING, hide: true }));
    expect(visibleText(reply.body)).toContain(FIRST_MEETING_EXCERPT);
    expect(reply.ephemeral).toBe(true);
  });

  it('may ping exactly the one member the answer is directed to', async () => {
    const reply = await interact(ask({ question: FIRST_MEETING, mention: fake.world.bystander }));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], users: [fake.world.bystander.id] });
    expect(String(reply.body.content)).toContain(`<@${fake.world.bystander.id}>`);
  });

  it('says politely, in Arabic, when the article does not answer', async () => {
    const reply = await interact(ask({ question: OFF_TOPIC }));
    const text = visibleText(reply.body);
    expect(text).toContain(withoutBidiFormatting(TEXT.noAnswerTitle));
    expect(text).not.toContain(FIRST_MEETING_EXCERPT);
  });

  it('suggests at most 25 choices of at most 100 characters while a question is typed', async () => {
    const reply = await interact(fake.interactions.autocomplete('ask', 'question', { question: 'بوتين' }));
    expect(reply.callbackType).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = reply.body.choices as { name: string; value: unknown }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('turns to the next passage in place when "next" is pressed', async () => {
    const next = buttonsOf(firstAnswer).find(
      (button) => 'custom_id' in button && decodeAnswerButton(button.custom_id)?.action === 'next',
    );
    if (next === undefined || !('custom_id' in next)) {
      throw new Error(
        `The first answer has no "next" button: ${JSON.stringify(firstAnswer.body.components)}`,
      );
    }
    expect(next.disabled).not.toBe(true);
    const message = fake.originalMessage(firstAsk.token);
    if (message === undefined) throw new Error('The first answer was never posted');

    const turned = await interact(fake.interactions.buttonPress(next.custom_id, message));
    expect(turned.callbackType).toBe(InteractionResponseType.UpdateMessage);
    const before = firstEmbed(firstAnswer);
    const after = firstEmbed(turned);
    expect([after.title, after.description]).not.toEqual([before.title, before.description]);
    expect(visibleText(turned.body)).not.toContain(FIRST_MEETING_EXCERPT);
  });

  it('answers the question in a message through the context menu', async () => {
    const target = fake.interactions.userMessage(FIRST_MEETING);
    const reply = await interact(fake.interactions.messageCommand(CONTEXT_MENU_COMMAND, target));
    expect(visibleText(reply.body)).toContain(FIRST_MEETING_EXCERPT);
  });

  it('answers an unknown command politely and keeps working', async () => {
    const reply = await interact(fake.interactions.slashCommand('no-such-command'));
    expect(visibleText(reply.body)).toContain(withoutBidiFormatting(TEXT.unknownCommand));
    expect(bot?.running).toBe(true);
    const again = await interact(ask({ question: FIRST_MEETING }));
    expect(visibleText(again.body)).toContain(FIRST_MEETING_EXCERPT);
  });

  it.each([
    [
      'a user command',
      (): APIInteraction =>
        ({
          ...fake.interactions.slashCommand('x'),
          data: {
            id: '1',
            name: CONTEXT_MENU_COMMAND,
            type: ApplicationCommandType.User,
            target_id: fake.world.bystander.id,
            resolved: { users: { [fake.world.bystander.id]: fake.world.bystander } },
          },
        }) as APIInteraction,
    ],
    [
      'a modal submission',
      (): APIInteraction =>
        ({
          ...fake.interactions.buttonPress('m|1', fake.interactions.userMessage(FIRST_MEETING)),
          type: InteractionType.ModalSubmit,
          data: { custom_id: 'm|1', components: [] },
        }) as APIInteraction,
    ],
    [
      'a select menu',
      (): APIInteraction => {
        const press = fake.interactions.buttonPress('s|1', fake.interactions.userMessage(FIRST_MEETING));
        return {
          ...press,
          data: { custom_id: 's|1', component_type: ComponentType.StringSelect, values: ['x'] },
        } as APIInteraction;
      },
    ],
  ])('answers %s, which it has no use for, with a private notice rather than silence', async (_, make) => {
    const reply = await interact(make());
    expect(visibleText(reply.body)).toContain(withoutBidiFormatting(TEXT.unknownCommand));
    expect(reply.ephemeral).toBe(true);
  });

  it('answers an interaction Discord delivers twice only once', async () => {
    const question = ask({ question: FIRST_MEETING });
    const ignored = bot?.stdout.waitForNext(
      (line) => line.json?.msg === 'interaction ignored: delivered again',
      'the repeat being ignored',
    );
    fake.dispatchInteraction(question);
    fake.dispatchInteraction(question);
    const reply = await fake.waitForReply(question);
    expect(visibleText(reply.body)).toContain(FIRST_MEETING_EXCERPT);
    expect((await ignored)?.json).toMatchObject({ interactionId: question.id });
    // Every callback request, accepted or not: a second acknowledgement would be refused, yet still sent.
    const callbacks = fake.requests.entries.filter(
      (request) =>
        request.route === 'POST /interactions/:interactionId/:token/callback' &&
        request.params.interactionId === question.id,
    );
    expect(callbacks.map((request) => request.status)).toEqual([204]);
  });

  it('called nothing Discord does not have, sent nothing Discord would refuse, and logged no trouble', () => {
    expect(fake.unknownRequests()).toEqual([]);
    expect(fake.callbacks.entries.filter((callback) => callback.problems.length > 0)).toEqual([]);
    expect(fake.requests.entries.filter((request) => request.status >= 400)).toEqual([]);
    // The router turns a failing handler into a polite apology; the log is where such a failure would show.
    const trouble = bot?.stdout.entries.filter((line) => Number(line.json?.level) >= PINO_WARN);
    expect(trouble?.map((line) => line.text)).toEqual([]);
  });
});

describe('deploying the commands', () => {
  /** Every command the bot handles, by name: what the deploy script must register. */
  const registryNames = (): string[] => {
    const registry = createRegistry();
    return [...registry.slash.keys(), ...registry.messageMenu.keys()].sort();
  };

  async function deploy(extra: Readonly<Record<string, string>>, scope: CommandScope, route: string) {
    const before = fake.requests.entries.length;
    const script = new ScriptProcess(DEPLOY, botEnv(extra));
    expect(await script.waitForExit(STARTUP_MS), script.output).toEqual({ code: 0, signal: null });
    const puts = fake.requests.entries.slice(before).filter((request) => request.method === 'PUT');
    expect(puts.map((request) => [request.route, request.status])).toEqual([[route, 200]]);
    const sent = ((puts[0]?.json ?? []) as { name: string }[]).map((command) => command.name).sort();
    expect(sent).toEqual(registryNames());
    expect(
      fake
        .commands(scope)
        .map((command) => command.name)
        .sort(),
    ).toEqual(registryNames());
  }

  it('registers every command of the registry globally', async () => {
    await deploy({}, { kind: 'global' }, 'PUT /applications/:applicationId/commands');
  });

  it('registers every command of the registry in one guild when DISCORD_GUILD_ID is set', async () => {
    const guildId = fake.world.guildId;
    await deploy(
      { DISCORD_GUILD_ID: guildId },
      { kind: 'guild', guildId },
      'PUT /applications/:applicationId/guilds/:guildId/commands',
    );
  });
});

describe('starting without a token', () => {
  it('exits with code 1 and a message that names the missing key, without a stack trace', async () => {
    const { DISCORD_TOKEN: _token, ...withoutToken } = botEnv();
    const script = new ScriptProcess(BOT, withoutToken);
    expect(await script.waitForExit(STARTUP_MS), script.output).toEqual({ code: 1, signal: null });
    expect(script.output).toContain('DISCORD_TOKEN');
    expect(script.output).not.toMatch(/^\s+at /m);
  });
});
