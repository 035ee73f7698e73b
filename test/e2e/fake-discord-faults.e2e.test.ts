import { once } from 'node:events';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  type Interaction,
  REST,
  Routes,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventLog } from './fake-discord/event-log.js';
import { FakeDiscord } from './fake-discord/fake-discord.js';
import { RestFaults } from './fake-discord/faults.js';

/**
 * The fake's scripted faults seen by discord.js's own REST client and a bare
 * client: that each answers the way Discord does is what lets the bot's fault
 * tests (faults.e2e.test.ts) stand for the real thing.
 */

const TOKEN = 'fake.token.value';
const ME = 'GET /users/@me';

let fake: FakeDiscord;
let rest: REST;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  rest = new REST({ api: fake.apiUrl }).setToken(TOKEN);
});

afterAll(async () => {
  await fake?.close();
});

/** The statuses the fake answered `route` with since `from` (an index into the request log). */
function statusesSince(from: number, route: string): number[] {
  return fake.requests.entries
    .slice(from)
    .filter((request) => request.route === route)
    .map((request) => request.status);
}

describe('scripted REST faults', () => {
  it('fire on the route and requests they name, as many times as asked', () => {
    const faults = new RestFaults();
    faults.inject({
      route: ME,
      fault: { kind: 'server-error' },
      times: 2,
      when: (params) => params.userId === 'a',
    });
    expect(faults.take('GET /gateway/bot', { userId: 'a' })).toBeUndefined();
    expect(faults.take(ME, { userId: 'b' })).toBeUndefined();
    expect(faults.take(ME, { userId: 'a' })).toEqual({ kind: 'server-error' });
    expect(faults.take(ME, { userId: 'a' })).toEqual({ kind: 'server-error' });
    expect(faults.take(ME, { userId: 'a' })).toBeUndefined();
    expect(faults.fired.entries.map((fired) => fired.route)).toEqual([ME, ME]);
  });

  it('rate-limit with the headers discord.js obeys: it waits, then the request goes through', async () => {
    const from = fake.requests.entries.length;
    fake.faults.inject({ route: ME, fault: { kind: 'rate-limit', retryAfterSeconds: 0.1, scope: 'shared' } });
    await expect(rest.get(Routes.user())).resolves.toMatchObject({ id: fake.world.botUser.id });
    expect(statusesSince(from, ME)).toEqual([429, 200]);
    const limited = fake.requests.entries[from];
    expect(limited?.response).toEqual({
      message: 'You are being rate limited.',
      retry_after: 0.1,
      global: false,
    });
  });

  it('fail with a 500 that discord.js retries, and reports once its retries are spent', async () => {
    fake.faults.inject({ route: ME, fault: { kind: 'server-error' }, times: Number.POSITIVE_INFINITY });
    try {
      const failure = await rest.get(Routes.user()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(HTTPError);
      expect((failure as HTTPError).status).toBe(500);
      // discord.js tried again before giving up.
      const serverErrors = fake.faults.fired.entries.filter((fired) => fired.fault.kind === 'server-error');
      expect(serverErrors.length).toBeGreaterThan(1);
    } finally {
      fake.faults.clear();
    }
    await expect(rest.get(Routes.user())).resolves.toMatchObject({ id: fake.world.botUser.id });
  });

  it('refuse with Discord’s Invalid Form Body, whose field errors discord.js spells out', async () => {
    fake.faults.inject({
      route: ME,
      fault: {
        kind: 'invalid-form-body',
        errors: { content: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } },
      },
    });
    const failure = await rest.get(Routes.user()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DiscordAPIError);
    expect(failure).toMatchObject({ status: 400, code: 50035 });
    expect((failure as DiscordAPIError).message).toContain(
      'content[BASE_TYPE_REQUIRED]: This field is required',
    );
  });

  it('delay a request, then serve it normally', async () => {
    const from = fake.requests.entries.length;
    fake.faults.inject({ route: ME, fault: { kind: 'delay', ms: 50 } });
    await expect(rest.get(Routes.user())).resolves.toMatchObject({ id: fake.world.botUser.id });
    expect(statusesSince(from, ME)).toEqual([200]);
    expect(fake.requests.entries.at(-1)?.fault).toEqual({ kind: 'delay', ms: 50 });
  });
});

describe('Discord’s deadline to acknowledge an interaction', () => {
  it('is enforced: a late callback is refused as an unknown interaction and flagged', async () => {
    const strict = await FakeDiscord.start({ acknowledgeWithinMs: 50 });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: strict.apiUrl } });
    const errors = new EventLog<unknown>();
    client.on(Events.InteractionCreate, (interaction: Interaction) => {
      if (interaction.isChatInputCommand()) {
        interaction.reply({ content: 'pong' }).catch((error: unknown) => errors.append(error));
      }
    });
    try {
      const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(10_000) });
      await client.login(TOKEN);
      await ready;
      // The acknowledgement is held past the deadline on its way to "Discord".
      strict.faults.inject({
        route: 'POST /interactions/:interactionId/:token/callback',
        fault: { kind: 'delay', ms: 150 },
      });
      const ping = strict.interactions.slashCommand('ping');
      strict.dispatchInteraction(ping);
      const callback = await strict.waitForCallback(ping.id);
      expect(callback.elapsedMs).toBeGreaterThan(50);
      expect(callback.problems).toEqual([expect.stringContaining('past the 50 ms deadline')]);
      const error = await errors.waitFor(() => true, 'the refusal');
      expect(error).toMatchObject({ status: 404, code: 10062 });
      await expect(strict.waitForReply(ping)).rejects.toThrow(/past the 50 ms deadline/);
    } finally {
      await client.destroy();
      await strict.close();
    }
  });
});
