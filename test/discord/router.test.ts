import { ApplicationCommandType, DiscordAPIError, MessageFlags, RESTJSONErrorCodes } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import type { CommandRegistry } from '../../commands/index.js';
import type { ButtonHandler, MessageMenuCommand, SlashCommand } from '../../commands/types.js';
import { createCooldown } from '../../src/discord/cooldown.js';
import { createLogger } from '../../src/discord/logger.js';
import { TEXT } from '../../src/discord/messages.js';
import { noticeReply } from '../../src/discord/replies/payload.js';
import { createRouter } from '../../src/discord/router.js';
import { ARTICLE } from './helpers/articles.js';
import { visible } from './helpers/discord-rules.js';
import { fakeEngine } from './helpers/fake-engine.js';
import {
  fakeAutocomplete,
  fakeButton,
  fakeMessageMenu,
  fakeSlash,
  onlyCall,
} from './helpers/fake-interactions.js';
import { jsonLines } from './helpers/log-lines.js';

const OK = noticeReply('تم', { ephemeral: false });
/** Longer than the router waits before deferring on a handler's behalf. */
const SLOW_MS = 5_000;

function slashCommand(
  name: string,
  execute: SlashCommand['execute'],
  autocomplete?: SlashCommand['autocomplete'],
) {
  const command: SlashCommand = {
    data: { name, description: 'd' },
    execute,
    ...(autocomplete ? { autocomplete } : {}),
  };
  return command;
}

/** What discord.js throws when Discord refuses a call with `code`. */
function discordError(code: number, message: string, status: number): DiscordAPIError {
  return new DiscordAPIError({ code, message }, code, status, 'POST', '/interactions/1/token/callback', {});
}

const COMMANDS = {
  echo: slashCommand('echo', async (interaction) => {
    await interaction.reply(OK);
    return { results: 2, topScore: 0.5 };
  }),
  broken: slashCommand(
    'broken',
    async () => {
      throw new Error('engine exploded');
    },
    async () => {
      throw new Error('suggestions exploded');
    },
  ),
  expired: slashCommand('expired', async () => {
    throw discordError(RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction', 404);
  }),
  acknowledged: slashCommand('acknowledged', async () => {
    throw discordError(
      RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
      'Interaction has already been acknowledged.',
      400,
    );
  }),
  brokenAfterDefer: slashCommand('broken-after-defer', async (interaction) => {
    await interaction.deferReply({});
    throw new Error('engine exploded');
  }),
  brokenAfterReply: slashCommand('broken-after-reply', async (interaction) => {
    await interaction.reply(OK);
    throw new Error('engine exploded');
  }),
  slow: {
    ...slashCommand('slow', async (interaction) => {
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      await interaction.reply(OK);
      return { results: 1 };
    }),
    privateReply: (interaction) => interaction.options.getBoolean('hide') ?? false,
  } satisfies SlashCommand,
};

const PAGES: ButtonHandler = {
  kind: 'p1',
  async execute(click) {
    await click.update(OK);
    return { results: 1 };
  },
};

const MESSAGE_COMMAND: MessageMenuCommand = {
  data: { name: 'Ask the article', type: ApplicationCommandType.Message },
  async execute(interaction) {
    await interaction.reply(OK);
    return { results: 1 };
  },
};

function setup({ cooldownMs = 0 } = {}) {
  const { lines, stream } = jsonLines();
  const registry: CommandRegistry = {
    slash: new Map(Object.values(COMMANDS).map((command) => [command.data.name, command])),
    messageMenu: new Map([[MESSAGE_COMMAND.data.name, MESSAGE_COMMAND]]),
    buttons: new Map([[PAGES.kind, PAGES]]),
  };
  let time = 0;
  const router = createRouter({
    registry,
    context: { engine: fakeEngine([ARTICLE]) },
    logger: createLogger('debug', stream),
    cooldown: createCooldown(cooldownMs, () => time),
    clock: () => {
      time += 7;
      return time;
    },
  });
  return { router, lines };
}

describe('the router', () => {
  it('runs the command and logs one line with its name, latency and results', async () => {
    const { router, lines } = setup();
    const interaction = fakeSlash('echo');
    await router.route({ kind: 'slash', interaction });
    expect(onlyCall(interaction, 'reply')).toBe(OK);
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'interaction',
        command: '/echo',
        latencyMs: 7,
        status: 'ok',
        results: 2,
        topScore: 0.5,
      }),
    ]);
  });

  it('answers an unknown command politely and privately', async () => {
    const { router, lines } = setup();
    const interaction = fakeSlash('gone');
    await router.route({ kind: 'slash', interaction });
    const reply = onlyCall(interaction, 'reply');
    expect(visible(reply.content ?? '')).toBe(visible(TEXT.unknownCommand));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(lines[0]).toMatchObject({ command: '/gone', status: 'unknown' });
  });

  it('asks a user who repeats a command too soon to wait, without running it', async () => {
    const { router, lines } = setup({ cooldownMs: 3000 });
    await router.route({ kind: 'slash', interaction: fakeSlash('echo') });
    const again = fakeSlash('echo');
    await router.route({ kind: 'slash', interaction: again });
    expect(visible(onlyCall(again, 'reply').content ?? '')).toBe(TEXT.cooldown(3));
    expect(onlyCall(again, 'reply').flags).toBe(MessageFlags.Ephemeral);
    expect(lines.map((line) => line.status)).toEqual(['ok', 'cooldown']);
    const otherUser = fakeSlash('echo', {}, { id: '2' });
    await router.route({ kind: 'slash', interaction: otherUser });
    expect(onlyCall(otherUser, 'reply')).toBe(OK);
  });

  it.each([
    ['before answering', 'broken', 'reply'],
    ['after deferring', 'broken-after-defer', 'editReply'],
    ['after replying', 'broken-after-reply', 'followUp'],
  ] as const)('logs a failure %s and apologizes in whatever way is still open', async (_, name, method) => {
    const { router, lines } = setup();
    const interaction = fakeSlash(name);
    await router.route({ kind: 'slash', interaction });
    expect(visible(onlyCall(interaction, method).content ?? '')).toBe(TEXT.unexpectedError);
    expect(lines.at(-1)).toMatchObject({ level: 50, msg: 'interaction failed', command: `/${name}` });
    expect(JSON.stringify(lines.at(-1))).toContain('engine exploded');
  });

  it.each([
    ['expired', 'expired'],
    ['already acknowledged', 'acknowledged'],
  ])(
    'logs a failure because the interaction is %s, and sends no apology that could only be refused',
    async (_, name) => {
      const { router, lines } = setup();
      const interaction = fakeSlash(name);
      await router.route({ kind: 'slash', interaction });
      expect(interaction.calls).toEqual([]);
      expect(lines.at(-1)).toMatchObject({ level: 50, msg: 'interaction failed', command: `/${name}` });
    },
  );

  it('answers an interaction it has no use for (a modal, a select menu) privately instead of leaving it to fail', async () => {
    const { router, lines } = setup();
    const interaction = fakeSlash('not-a-command');
    await router.route({ kind: 'unsupported', interaction, what: 'ModalSubmit' });
    const reply = onlyCall(interaction, 'reply');
    expect(visible(reply.content ?? '')).toBe(visible(TEXT.unknownCommand));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(lines.at(-1)).toMatchObject({ command: 'unsupported ModalSubmit', status: 'unknown' });
  });

  it('apologizes privately when it can still choose', async () => {
    const { router } = setup();
    const interaction = fakeSlash('broken');
    await router.route({ kind: 'slash', interaction });
    expect(onlyCall(interaction, 'reply').flags).toBe(MessageFlags.Ephemeral);
  });

  it('survives an interaction that cannot even take the apology', async () => {
    const { router, lines } = setup();
    const interaction = Object.assign(fakeSlash('broken'), {
      reply: async () => {
        throw new Error('Unknown interaction');
      },
    });
    await expect(router.route({ kind: 'slash', interaction })).resolves.toBeUndefined();
    expect(lines.at(-1)).toMatchObject({ level: 40, msg: 'could not tell the user about the failure' });
  });

  it('answers failed or unknown autocomplete with no suggestions, at debug level when fine', async () => {
    const { router, lines } = setup();
    const failed = fakeAutocomplete('broken', 'q', { q: 'x' });
    await router.route({ kind: 'autocomplete', interaction: failed });
    expect(onlyCall(failed, 'respond')).toEqual([]);
    const unknown = fakeAutocomplete('echo', 'q', { q: 'x' });
    await router.route({ kind: 'autocomplete', interaction: unknown });
    expect(onlyCall(unknown, 'respond')).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ level: 20, command: '/echo autocomplete', status: 'unknown' });
  });

  it('routes a button by the kind its custom id starts with, and declines unknown kinds', async () => {
    const { router, lines } = setup();
    const known = fakeButton('p1|n|0');
    await router.route({ kind: 'button', interaction: known });
    expect(onlyCall(known, 'update')).toBe(OK);
    const unknown = fakeButton('z9|n|0');
    await router.route({ kind: 'button', interaction: unknown });
    expect(visible(onlyCall(unknown, 'reply').content ?? '')).toBe(TEXT.unknownButton);
    expect(lines.map((line) => line.command)).toEqual(['button p1', 'button z9']);
  });

  it.each([
    ['publicly', false, {}],
    ['privately, as the command will answer', true, { flags: MessageFlags.Ephemeral }],
  ] as const)(
    'defers a slow command %s in time, logs it, and delivers the answer by edit',
    async (_, hide, deferral) => {
      vi.useFakeTimers();
      try {
        const { router, lines } = setup();
        const interaction = fakeSlash('slow', { hide });
        const routing = router.route({ kind: 'slash', interaction });
        await vi.advanceTimersByTimeAsync(SLOW_MS);
        await routing;
        expect(interaction.calls).toEqual([
          { method: 'deferReply', payload: deferral },
          { method: 'editReply', payload: OK },
        ]);
        expect(lines.map((line) => [line.level, line.msg])).toEqual([
          [40, 'slow handler: deferred before the deadline'],
          [30, 'interaction'],
        ]);
        expect(lines[0]).toMatchObject({ command: '/slow' });
      } finally {
        vi.useRealTimers();
      }
    },
  );

  it('routes message commands by name', async () => {
    const { router, lines } = setup();
    const interaction = fakeMessageMenu('Ask the article', 'سؤال');
    await router.route({ kind: 'message-menu', interaction });
    expect(onlyCall(interaction, 'reply')).toBe(OK);
    expect(lines[0]).toMatchObject({ command: 'Ask the article', status: 'ok' });
  });
});
