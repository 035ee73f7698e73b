import type { APIInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT } from '../../src/discord/messages.js';
import { FakeDiscord } from './fake-discord/fake-discord.js';
import type { DiscordErrorTree } from './fake-discord/faults.js';
import type { OptionValues } from './fake-discord/interactions.js';
import type { InteractionReply } from './fake-discord/replies.js';
import type { RouteParams } from './fake-discord/route-pattern.js';
import { botEnv } from './support/bot-env.js';
import { type OutputLine, ScriptProcess } from './support/script-process.js';
import { visibleText, withoutBidiFormatting } from './support/visible-text.js';

/**
 * Issue 5, Discord faults: the real bot process against the fake Discord,
 * which drops the gateway connection, rate-limits, fails and refuses REST
 * calls the way Discord does. Each case checks what the user ends up seeing
 * and what the bot logged; the last ones stop the bot with SIGTERM while
 * interactions are in flight and check the whole log for trouble.
 */

const BOT = 'src/discord/main.ts';
const STARTUP_MS = 15_000;
/** discord.js waits 5 s between two IDENTIFYs of one shard (plus up to 1.5 s of jitter), then connects. */
const REIDENTIFY_MS = 12_000;
/** The bot's drain grace (5 s) plus the disconnect; the process must be gone well before a process manager's 10 s. */
const EXIT_MS = 9_000;

const FIRST_MEETING = 'متى التقى كيم وبوتين لأول مرة؟';
const FIRST_MEETING_EXCERPT = 'التقى بوتين عام 2019';

const CALLBACK = 'POST /interactions/:interactionId/:token/callback';
const EDIT = 'PATCH /webhooks/:applicationId/:token/messages/:messageId';

/** pino's numeric levels. */
const PINO_ERROR = 50;

/** Discord's answer to an embed description over its limit. */
const DESCRIPTION_TOO_LONG: DiscordErrorTree = {
  data: {
    embeds: {
      0: {
        description: {
          _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 4096 or fewer in length.' }],
        },
      },
    },
  },
};

let fake: FakeDiscord;
let bot: ScriptProcess;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  bot = new ScriptProcess(BOT, botEnv(fake, { LOG_LEVEL: 'debug', COOLDOWN_SECONDS: '0' }));
  await bot.waitForLog('ready', STARTUP_MS);
}, STARTUP_MS + 5_000);

afterAll(async () => {
  try {
    if (bot?.running) await bot.stop();
  } finally {
    await fake?.close();
  }
});

function ask(options: OptionValues = {}): APIInteraction {
  return fake.interactions.slashCommand('ask', { question: FIRST_MEETING, ...options });
}

async function interact(interaction: APIInteraction): Promise<InteractionReply> {
  fake.dispatchInteraction(interaction);
  return fake.waitForReply(interaction);
}

async function expectAnswered(interaction: APIInteraction): Promise<void> {
  const reply = await interact(interaction);
  expect(visibleText(reply.body)).toContain(FIRST_MEETING_EXCERPT);
}

const byInteraction =
  (interaction: APIInteraction) =>
  (params: RouteParams): boolean =>
    params.interactionId === interaction.id;
const byToken =
  (interaction: APIInteraction) =>
  (params: RouteParams): boolean =>
    params.token === interaction.token;

/** What came back, request by request, to `route` for `interaction`: a status, or `ok` for any 2xx. */
function outcomes(route: string, interaction: APIInteraction): (number | 'ok')[] {
  return fake.requests.entries
    .filter((request) => request.route === route && request.params.token === interaction.token)
    .map((request) => (request.status < 300 ? 'ok' : request.status));
}

function acceptedCallbacks(interaction: APIInteraction) {
  return fake.callbacks.entries.filter(
    (callback) => callback.interactionId === interaction.id && callback.problems.length === 0,
  );
}

/** The next log line (from now on) that `matches`; pino lines only. */
function nextLogLine(
  matches: (json: Readonly<Record<string, unknown>>) => boolean,
  what: string,
  timeoutMs?: number,
): Promise<OutputLine> {
  return bot.stdout.waitForNext((line) => line.json !== null && matches(line.json), what, timeoutMs);
}

/** The `err` a log line carries, as the logger serialized it. */
function errOf(line: OutputLine): { readonly status?: number; readonly message?: unknown } {
  return (line.json?.err ?? {}) as { status?: number; message?: unknown };
}

const errorLines = () => bot.stdout.entries.filter((line) => Number(line.json?.level) >= PINO_ERROR);

describe('rate limits (429)', () => {
  it('on the interaction callback: the bot waits retry_after, and the answer arrives exactly once', async () => {
    const question = ask();
    fake.faults.inject({
      route: CALLBACK,
      fault: { kind: 'rate-limit', retryAfterSeconds: 0.2 },
      when: byInteraction(question),
    });
    await expectAnswered(question);
    expect(outcomes(CALLBACK, question)).toEqual([429, 'ok']);
    expect(acceptedCallbacks(question)).toHaveLength(1);
    expect(outcomes(EDIT, question)).toEqual(['ok']);
  });

  it('on the callback, for longer than the 3-second window allows: the user gets the apology in time, not a late answer', async () => {
    const question = ask();
    fake.faults.inject({
      route: CALLBACK,
      fault: { kind: 'rate-limit', retryAfterSeconds: 5 },
      when: byInteraction(question),
    });
    const failed = nextLogLine((json) => json.msg === 'interaction failed', 'the failure log line');
    fake.dispatchInteraction(question);
    const reply = await fake.waitForReply(question, 2_500);
    expect(visibleText(reply.body)).toContain(withoutBidiFormatting(TEXT.unexpectedError));
    expect(outcomes(CALLBACK, question)).toEqual([429, 'ok']);
    expect(acceptedCallbacks(question)).toHaveLength(1);
    expect(errOf(await failed).status).toBe(429);
  });

  it('globally, on the edit that fills in the answer: the answer still arrives, and the wait is logged without the token', async () => {
    const question = ask();
    fake.faults.inject({
      route: EDIT,
      fault: { kind: 'rate-limit', retryAfterSeconds: 0.2, scope: 'global' },
      when: byToken(question),
    });
    const logged = nextLogLine((json) => json.msg === 'rate limited', 'the rate-limit log line');
    await expectAnswered(question);
    expect(outcomes(EDIT, question)).toEqual([429, 'ok']);
    const line = await logged;
    expect(line.json).toMatchObject({ level: 30, global: true, method: 'PATCH' });
    expect(line.text).not.toContain(question.token);
  });
});

describe('server errors (5xx)', () => {
  it('on one edit: discord.js tries again and the answer arrives, nothing failed', async () => {
    const question = ask();
    fake.faults.inject({ route: EDIT, fault: { kind: 'server-error' }, when: byToken(question) });
    const before = errorLines().length;
    await expectAnswered(question);
    expect(outcomes(EDIT, question)).toEqual([500, 'ok']);
    await nextLogLine((json) => json.msg === 'interaction', 'the interaction log line');
    expect(errorLines()).toHaveLength(before);
  });

  it('on every edit: the failure is logged with its reason, and the next question is answered', async () => {
    const question = ask();
    fake.faults.inject({
      route: EDIT,
      fault: { kind: 'server-error', status: 500 },
      times: Number.POSITIVE_INFINITY,
      when: byToken(question),
    });
    const failed = nextLogLine((json) => json.msg === 'interaction failed', 'the failure log line');
    const apology = nextLogLine(
      (json) => json.msg === 'could not tell the user about the failure',
      'the failed apology',
    );
    fake.dispatchInteraction(question);
    const line = await failed;
    expect(line.json).toMatchObject({
      level: PINO_ERROR,
      command: '/ask',
      err: {
        type: 'HTTPError',
        status: 500,
        message: 'Internal Server Error',
        method: 'PATCH',
        path: `/webhooks/${fake.world.applicationId}/:token/messages/@original`,
      },
    });
    expect(line.text).not.toContain(question.token);
    // The apology is an edit of the same reply, which fails the same way: a warning, not a crash.
    expect((await apology).json?.level).toBe(40);
    fake.faults.clear();

    expect(bot.running).toBe(true);
    await expectAnswered(ask());
  });
});

describe('a payload Discord rejects (400)', () => {
  it('is logged with Discord’s reason, the user gets the generic apology, and the bot keeps serving', async () => {
    // Directed at a member, the answer is the callback itself (no deferral), so the refusal is the first reply's.
    const question = ask({ mention: fake.world.bystander });
    fake.faults.inject({
      route: CALLBACK,
      fault: { kind: 'invalid-form-body', errors: DESCRIPTION_TOO_LONG },
      when: byInteraction(question),
    });
    const failed = nextLogLine((json) => json.msg === 'interaction failed', 'the failure log line');
    fake.dispatchInteraction(question);
    const reply = await interact(question);
    // The refused reply never existed, so the apology could still be the first, private, reply.
    expect(visibleText(reply.body)).toBe(withoutBidiFormatting(TEXT.unexpectedError));
    expect(reply.ephemeral).toBe(true);
    expect(outcomes(CALLBACK, question)).toEqual([400, 'ok']);

    const line = await failed;
    expect(line.json).toMatchObject({
      level: PINO_ERROR,
      err: { type: 'DiscordAPIError[50035]', status: 400, code: 50035, method: 'POST' },
    });
    expect(String(errOf(line).message)).toContain(
      'data.embeds[0].description[BASE_TYPE_MAX_LENGTH]: Must be 4096 or fewer in length.',
    );
    expect(line.text).not.toContain(question.token);
    await expectAnswered(ask());
  });
});

describe('the gateway connection dropping', () => {
  it('resumes after the connection dies, and answers a question sent while it was down', async () => {
    const identifies = fake.gateway.identifies.entries.length;
    const resumed = fake.gateway.resumes.waitForNext(() => true, 'RESUME');
    const logged = nextLogLine((json) => json.msg === 'gateway resumed', 'the resume log line');
    fake.gateway.drop({ kind: 'terminate' });
    // Discord keeps the event for the session and replays it on RESUME.
    const question = ask();
    fake.dispatchInteraction(question);
    await resumed;
    const reply = await fake.waitForReply(question);
    expect(visibleText(reply.body)).toContain(FIRST_MEETING_EXCERPT);
    expect((await logged).json).toMatchObject({ replayedEvents: expect.any(Number) });
    expect(fake.gateway.identifies.entries).toHaveLength(identifies);
  });

  it.each([
    ['a resumable close (4000 unknown error)', { kind: 'close', code: 4000 }],
    ['Discord’s request to reconnect (op 7)', { kind: 'reconnect' }],
  ] as const)('resumes after %s, and keeps answering', async (_, drop) => {
    const identifies = fake.gateway.identifies.entries.length;
    const resumed = fake.gateway.resumes.waitForNext(() => true, 'RESUME');
    fake.gateway.drop(drop);
    await resumed;
    await expectAnswered(ask());
    expect(fake.gateway.identifies.entries).toHaveLength(identifies);
  });

  it.each([
    ['the session times out (close 4009)', { kind: 'close', code: 4009 }],
    ['Discord invalidates the session (op 9)', { kind: 'invalid-session' }],
  ] as const)(
    'identifies anew when %s, and keeps answering',
    async (_, drop) => {
      const identified = fake.gateway.identifies.waitForNext(() => true, 'a new IDENTIFY', REIDENTIFY_MS);
      fake.gateway.drop(drop);
      await identified;
      await expectAnswered(ask());
    },
    REIDENTIFY_MS + 5_000,
  );
});

describe('SIGTERM while interactions are in flight', () => {
  it('lets them finish, turns new ones away with a notice, and exits 0', async () => {
    const inFlight = [ask(), ask({ hide: true }), ask()];
    // Each acknowledgement takes a while to reach Discord, so all three are mid-answer when the signal comes.
    fake.faults.inject({ route: CALLBACK, fault: { kind: 'delay', ms: 800 }, times: inFlight.length });
    for (const interaction of inFlight) fake.dispatchInteraction(interaction);
    await fake.faults.fired.waitFor(
      () =>
        fake.faults.fired.entries.filter((fired) => fired.fault.kind === 'delay').length === inFlight.length,
      'three held acknowledgements',
    );

    const shuttingDown = nextLogLine((json) => json.msg === 'shutting down', 'the shutdown log line');
    const turnedAwayLine = nextLogLine(
      (json) => json.msg === 'interaction turned away: shutting down',
      'the interaction turned away',
    );
    const exited = bot.stop(EXIT_MS);
    await shuttingDown;
    const late = ask();
    fake.dispatchInteraction(late);
    expect((await turnedAwayLine).json).toMatchObject({ interactionId: late.id });

    expect(await exited, bot.output).toEqual({ code: 0, signal: null });
    for (const interaction of inFlight) {
      const reply = await fake.waitForReply(interaction, 0);
      expect(visibleText(reply.body)).toContain(FIRST_MEETING_EXCERPT);
      expect(acceptedCallbacks(interaction)).toHaveLength(1);
    }
    // Turned away, but not left to fail: the user is told to ask again in a moment.
    const turnedAway = await fake.waitForReply(late, 0);
    expect(visibleText(turnedAway.body)).toContain(withoutBidiFormatting(TEXT.restarting));
    expect(turnedAway.ephemeral).toBe(true);
    expect(visibleText(turnedAway.body)).not.toContain(FIRST_MEETING_EXCERPT);
    const disconnected = bot.stdout.entries.find((line) => line.json?.msg === 'disconnected');
    expect(disconnected?.json).toMatchObject({ finished: inFlight.length, abandoned: 0 });
  });

  it('leaves a log with no trouble but the three failures provoked above, and nothing Discord would refuse', () => {
    expect(errorLines().map((line) => [line.json?.msg, errOf(line).status])).toEqual([
      ['interaction failed', 429],
      ['interaction failed', 500],
      ['interaction failed', 400],
    ]);
    const unexpected = bot.stdout.entries.filter((line) =>
      ['unhandled rejection', 'uncaught exception', 'client error'].includes(String(line.json?.msg)),
    );
    expect(unexpected.map((line) => line.text)).toEqual([]);
    expect(bot.stderr).toBe('');
    expect(fake.callbacks.entries.filter((callback) => callback.problems.length > 0)).toEqual([]);
    expect(fake.unknownRequests()).toEqual([]);
  });
});

describe('the gateway closing for good', () => {
  it(
    'stops the bot with exit code 1 rather than leaving it up and deaf',
    async () => {
      const deaf = new ScriptProcess(BOT, botEnv(fake, { LOG_LEVEL: 'info' }));
      try {
        await deaf.waitForLog('ready', STARTUP_MS);
        // 4004: the token was revoked. discord.js never reconnects after it.
        fake.gateway.drop({ kind: 'close', code: 4004 });
        expect(await deaf.waitForExit(EXIT_MS), deaf.output).toEqual({ code: 1, signal: null });
        const closed = deaf.stdout.entries.find((line) => line.json?.msg === 'gateway closed for good');
        expect(closed?.json).toMatchObject({ code: 4004 });
        expect(deaf.stdout.entries.map((line) => line.json?.msg)).toContain('disconnected');
      } finally {
        if (deaf.running) await deaf.stop();
      }
    },
    STARTUP_MS + EXIT_MS,
  );
});
