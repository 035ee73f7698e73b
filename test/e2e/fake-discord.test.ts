import { on, once } from 'node:events';
import {
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  InteractionResponseType,
  MessageFlags,
  Routes,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { EventLog } from './fake-discord/event-log.js';
import { FakeDiscord } from './fake-discord/fake-discord.js';

/**
 * Proves the fake speaks Discord's protocol well enough for discord.js: a
 * bare client, not the bot, logs in and answers interactions the way the
 * bot will.
 */

const TOKEN = 'fake.token.value';
const WAIT_MS = 10_000;
const TOO_LONG = 'ا'.repeat(2001);

let fake: FakeDiscord;
let client: Client;
/** Errors discord.js raised while the client answered, by interaction id. */
const answerErrors = new EventLog<{ interactionId: string; error: unknown }>();

/** Each command shows one way a bot answers; the tests below check what reached "Discord". */
async function answerCommand(interaction: ChatInputCommandInteraction): Promise<void> {
  switch (interaction.commandName) {
    case 'ping':
      await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
      return;
    case 'slow':
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'done' });
      return;
    case 'echo': {
      const user = interaction.options.getUser('who', true);
      const words = [
        interaction.options.getString('text', true),
        interaction.options.getInteger('count', true),
        interaction.options.getNumber('ratio', true),
        interaction.options.getBoolean('loud', true),
        user.username,
      ];
      await interaction.reply({ content: words.join(' ') });
      return;
    }
    case 'upload':
      await interaction.reply({
        content: 'file',
        files: [{ attachment: Buffer.from('نص'), name: 'note.txt' }],
      });
      return;
    case 'buttons':
      await interaction.reply({
        content: 'page 1',
        components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'page:2', label: 'next' }] }],
      });
      return;
    case 'with-response': {
      const response = await interaction.reply({ content: 'seen', withResponse: true });
      await interaction.followUp({ content: `reply id ${response.resource?.message?.id}` });
      return;
    }
    case 'twice':
      await interaction.reply({ content: 'once' });
      await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'twice' } },
        auth: false,
      });
      return;
    default:
      await interaction.reply({ content: TOO_LONG });
  }
}

async function answer(interaction: Interaction): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await answerCommand(interaction);
    else if (interaction.isAutocomplete()) {
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `${typed}…`, value: typed }]);
    } else if (interaction.isButton()) {
      await interaction.update({ content: `page ${interaction.customId.split(':')[1]}` });
    } else if (interaction.isMessageContextMenuCommand()) {
      await interaction.reply({ content: `quoted: ${interaction.targetMessage.content}` });
    }
  } catch (error) {
    answerErrors.append({ interactionId: interaction.id, error });
  }
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 200 });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => void answer(interaction));
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(WAIT_MS) });
  await client.login(TOKEN);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('the fake gateway', () => {
  it('is asked for JSON v10 without compression and identifies the client', async () => {
    const identify = await fake.gateway.identifies.waitFor(() => true, 'IDENTIFY');
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe(GatewayIntentBits.Guilds);
    const query = fake.gateway.connections.entries[0];
    expect(query?.get('v')).toBe('10');
    expect(query?.get('encoding')).toBe('json');
    expect(query?.has('compress')).toBe(false);
  });

  it('delivers READY and GUILD_CREATE so discord.js knows the bot, the guild and its channel', () => {
    expect(client.user?.id).toBe(fake.world.botUser.id);
    expect(client.application?.id).toBe(fake.world.applicationId);
    const guild = client.guilds.cache.get(fake.world.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.has(fake.world.channel.id)).toBe(true);
  });

  it('acknowledges heartbeats', async () => {
    await fake.gateway.heartbeats.waitFor(() => true, 'a heartbeat');
    for await (const [message] of on(client, Events.Debug, { signal: AbortSignal.timeout(WAIT_MS) })) {
      if (String(message).includes('Heartbeat acknowledged')) break;
    }
  });

  it('refuses a compressed connection with a reason instead of sending unreadable frames', async () => {
    const socket = new WebSocket(`${fake.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    const [code, reason] = (await once(socket, 'close', { signal: AbortSignal.timeout(WAIT_MS) })) as [
      number,
      Buffer,
    ];
    expect(code).toBe(4012);
    expect(reason.toString()).toContain('does not compress');
  });

  it('closes a connection that sends anything before identifying', async () => {
    const socket = new WebSocket(`${fake.gatewayUrl}/?v=10&encoding=json`);
    await once(socket, 'message', { signal: AbortSignal.timeout(WAIT_MS) });
    socket.send(JSON.stringify({ op: 3, d: {} }));
    const [code] = (await once(socket, 'close', { signal: AbortSignal.timeout(WAIT_MS) })) as [number];
    expect(code).toBe(4003);
  });
});

describe('interactions answered through the fake REST API', () => {
  it('records a plain reply as a type 4 callback and answers 204', async () => {
    const ping = fake.interactions.slashCommand('ping');
    fake.dispatchInteraction(ping);
    const callback = await fake.waitForCallback(ping.id);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data).toMatchObject({ content: 'pong', allowed_mentions: { parse: [] } });
    const request = fake.requests.entries.find((entry) => entry.params.interactionId === ping.id);
    expect(request?.status).toBe(204);
  });

  it('follows a deferred reply to the edit that fills it in, keeping it ephemeral', async () => {
    const slow = fake.interactions.slashCommand('slow');
    fake.dispatchInteraction(slow);
    const reply = await fake.waitForReply(slow);
    expect(reply.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(reply.body.content).toBe('done');
    expect(reply.ephemeral).toBe(true);
  });

  it('types options from their values and resolves users', async () => {
    const echo = fake.interactions.slashCommand('echo', {
      text: 'مرحبا',
      count: 6,
      ratio: 0.5,
      loud: true,
      who: fake.world.bystander,
    });
    fake.dispatchInteraction(echo);
    const reply = await fake.waitForReply(echo);
    expect(reply.body.content).toBe(`مرحبا 6 0.5 true ${fake.world.bystander.username}`);
  });

  it('reads multipart uploads: the JSON from payload_json and the files', async () => {
    const upload = fake.interactions.slashCommand('upload');
    fake.dispatchInteraction(upload);
    const callback = await fake.waitForCallback(upload.id);
    expect(callback.data?.content).toBe('file');
    expect(callback.files).toEqual([{ field: 'files[0]', name: 'note.txt', size: Buffer.byteLength('نص') }]);
  });

  it('answers autocomplete with type 8 choices', async () => {
    const typing = fake.interactions.autocomplete('ask', 'question', { question: 'متى' });
    fake.dispatchInteraction(typing);
    const reply = await fake.waitForReply(typing);
    expect(reply.callbackType).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(reply.body.choices).toEqual([{ name: 'متى…', value: 'متى' }]);
  });

  it('updates the message a pressed button sits on (type 7)', async () => {
    const command = fake.interactions.slashCommand('buttons');
    fake.dispatchInteraction(command);
    await fake.waitForReply(command);
    const message = fake.originalMessage(command.token);
    if (message === undefined) throw new Error('the reply with buttons was not stored');
    const press = fake.interactions.buttonPress('page:2', message);
    fake.dispatchInteraction(press);
    const reply = await fake.waitForReply(press);
    expect(reply.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(fake.originalMessage(press.token)).toMatchObject({ id: message.id, content: 'page 2' });
  });

  it('delivers the target of a message context-menu command', async () => {
    const target = fake.interactions.userMessage('متى التقى كيم وبوتين؟');
    const command = fake.interactions.messageCommand('Quote it', target);
    fake.dispatchInteraction(command);
    const reply = await fake.waitForReply(command);
    expect(reply.body.content).toBe('quoted: متى التقى كيم وبوتين؟');
  });

  it('returns the callback response with_response=true asks for, and accepts follow-ups', async () => {
    const command = fake.interactions.slashCommand('with-response');
    fake.dispatchInteraction(command);
    await fake.waitForCallback(command.id);
    const followUp = await fake.requests.waitFor(
      (request) =>
        request.route === 'POST /webhooks/:applicationId/:token' && request.params.token === command.token,
      'the follow-up',
    );
    const replyId = fake.originalMessage(command.token)?.id;
    expect(replyId).toBeDefined();
    expect(followUp.json).toMatchObject({ content: `reply id ${replyId}` });
    expect(followUp.status).toBe(200);
  });

  it('refuses what Discord refuses, and discord.js sees the error', async () => {
    const command = fake.interactions.slashCommand('too-long');
    fake.dispatchInteraction(command);
    await expect(fake.waitForReply(command)).rejects.toThrow(/content is longer than 2000/);
    const { error } = await answerErrors.waitFor((entry) => entry.interactionId === command.id, 'the error');
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(400);
  });

  it('refuses a second acknowledgement of the same interaction', async () => {
    const command = fake.interactions.slashCommand('twice');
    fake.dispatchInteraction(command);
    const { error } = await answerErrors.waitFor((entry) => entry.interactionId === command.id, 'the error');
    expect((error as DiscordAPIError).code).toBe(40060);
  });

  it('answers unknown routes with a recorded 404', async () => {
    await expect(client.rest.get('/not-a-discord-route')).rejects.toMatchObject({ status: 404 });
    expect(fake.unknownRequests().map((request) => request.path)).toEqual(['/not-a-discord-route']);
  });
});

describe('reconnecting', () => {
  it('resumes the session after the connection drops and keeps delivering interactions', async () => {
    const resumed = once(client, Events.ShardResume, { signal: AbortSignal.timeout(WAIT_MS) });
    fake.gateway.disconnectAll();
    await resumed;
    const identify = fake.gateway.identifies.entries[0];
    const resume = await fake.gateway.resumes.waitFor(() => true, 'RESUME');
    expect(resume.token).toBe(identify?.token);
    const ping = fake.interactions.slashCommand('ping');
    fake.dispatchInteraction(ping);
    expect((await fake.waitForReply(ping)).body.content).toBe('pong');
  });
});

describe('waiting on the fake', () => {
  it('rejects with what it waited for once the bound runs out', async () => {
    const log = new EventLog<number>();
    await expect(log.waitFor((entry) => entry === 1, 'the number one', 1)).rejects.toThrow(
      'Timed out after 1 ms waiting for the number one',
    );
  });

  it('resolves with an entry appended while waiting', async () => {
    const log = new EventLog<number>();
    const waiting = log.waitFor((entry) => entry > 1, 'a number above one');
    log.append(1);
    log.append(2);
    await expect(waiting).resolves.toBe(2);
  });
});
