import {
  type APIInteraction,
  type APIMessage,
  InteractionResponseType,
  MessageFlags,
  type RESTGetAPIGatewayBotResult,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';
import type { CommandScope, CommandStore } from './command-store.js';
import { commandListProblems, isEmptyMessage, messageProblems } from './discord-limits.js';
import type { EventLog } from './event-log.js';
import { callbackProblems, type InteractionCallback, lateProblem } from './interaction-callbacks.js';
import type { MessageBody, MessageStore } from './message-store.js';
import type { RequestBody } from './request-body.js';
import type { RouteParams } from './route-pattern.js';
import type { World } from './world.js';

export interface RestRequest {
  readonly params: RouteParams;
  readonly query: URLSearchParams;
  readonly body: RequestBody;
  readonly authorization: string | undefined;
}

export interface RestResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RestRoute {
  readonly method: string;
  /** Path below `/api/v10`, with `:name` segments. */
  readonly pattern: string;
  readonly handle: (request: RestRequest) => RestResponse;
}

/** Everything the REST handlers read or change. */
export interface RestState {
  readonly world: World;
  readonly gatewayUrl: () => string;
  readonly commands: CommandStore;
  readonly messages: MessageStore;
  /** Interactions sent to the bot, by id: only these can be answered. */
  readonly interactions: ReadonlyMap<string, APIInteraction>;
  /** When each interaction was sent (`performance.now()`), for Discord's deadline to acknowledge it. */
  readonly dispatchedAt: ReadonlyMap<string, number>;
  readonly acknowledgeWithinMs: number;
  readonly callbacks: EventLog<InteractionCallback>;
}

/** Discord's error body: `code` is one of its JSON error codes. */
export function discordError(status: number, code: number, message: string, errors?: readonly string[]) {
  return { status, body: errors === undefined ? { code, message } : { code, message, errors } };
}

const INVALID_FORM_BODY = 50035;
const UNKNOWN_INTERACTION = 10062;

function asRecord(value: unknown): MessageBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as MessageBody) : {};
}

/** The slice of Discord's REST API the bot and discord.js use. */
export function restRoutes(state: RestState): RestRoute[] {
  const { world } = state;

  const unknownApplication = (applicationId: string | undefined) =>
    applicationId === world.applicationId ? null : discordError(404, 10002, 'Unknown Application');

  const commandScope = (params: RouteParams): CommandScope | RestResponse => {
    if (params.guildId === undefined) return { kind: 'global' };
    if (params.guildId !== world.guildId) return discordError(404, 10004, 'Unknown Guild');
    return { kind: 'guild', guildId: params.guildId };
  };

  const listCommands = ({ params }: RestRequest): RestResponse => {
    const scope = commandScope(params);
    if ('status' in scope) return scope;
    return unknownApplication(params.applicationId) ?? { status: 200, body: state.commands.list(scope) };
  };

  const overwriteCommands = ({ params, body }: RestRequest): RestResponse => {
    const scope = commandScope(params);
    if ('status' in scope) return scope;
    const refusal = unknownApplication(params.applicationId);
    if (refusal !== null) return refusal;
    const problems = commandListProblems(body.json);
    if (problems.length > 0) return discordError(400, INVALID_FORM_BODY, 'Invalid Form Body', problems);
    const commands = (body.json as unknown[]).map(asRecord);
    return { status: 200, body: state.commands.overwrite(scope, commands) };
  };

  /** The interaction whose token a webhook call uses, or the error Discord answers with. */
  const knownToken = (params: RouteParams): string | RestResponse => {
    const refusal = unknownApplication(params.applicationId);
    if (refusal !== null) return refusal;
    const known = [...state.interactions.values()].some((interaction) => interaction.token === params.token);
    return known && params.token !== undefined ? params.token : discordError(404, 10015, 'Unknown Webhook');
  };

  const messageRoute = (
    handle: (token: string, messageId: string, request: RestRequest) => RestResponse,
  ): RestRoute['handle'] => {
    return (request) => {
      const token = knownToken(request.params);
      if (typeof token !== 'string') return token;
      return handle(token, request.params.messageId ?? '', request);
    };
  };

  const unknownMessage = discordError(404, 10008, 'Unknown Message');

  return [
    {
      method: 'GET',
      pattern: '/gateway/bot',
      handle: ({ authorization }) => {
        if (!authorization?.startsWith('Bot ')) return discordError(401, 0, '401: Unauthorized');
        const body: RESTGetAPIGatewayBotResult = {
          url: state.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        };
        return { status: 200, body };
      },
    },
    { method: 'GET', pattern: '/users/@me', handle: () => ({ status: 200, body: world.botUser }) },
    { method: 'GET', pattern: '/applications/:applicationId/commands', handle: listCommands },
    { method: 'PUT', pattern: '/applications/:applicationId/commands', handle: overwriteCommands },
    { method: 'GET', pattern: '/applications/:applicationId/guilds/:guildId/commands', handle: listCommands },
    {
      method: 'PUT',
      pattern: '/applications/:applicationId/guilds/:guildId/commands',
      handle: overwriteCommands,
    },
    {
      method: 'POST',
      pattern: '/interactions/:interactionId/:token/callback',
      handle: (request) => answerInteraction(state, request),
    },
    {
      method: 'POST',
      pattern: '/webhooks/:applicationId/:token',
      handle: (request) => {
        const token = knownToken(request.params);
        if (typeof token !== 'string') return token;
        const body = asRecord(request.body.json);
        if (isEmptyMessage(body, request.body.files.length)) {
          return discordError(400, 50006, 'Cannot send an empty message');
        }
        const problems = messageProblems(body);
        if (problems.length > 0) return discordError(400, INVALID_FORM_BODY, 'Invalid Form Body', problems);
        return { status: 200, body: state.messages.createFollowUp(token, body) };
      },
    },
    {
      method: 'GET',
      pattern: '/webhooks/:applicationId/:token/messages/:messageId',
      handle: messageRoute((token, messageId) => {
        const message = state.messages.find(token, messageId);
        return message === undefined ? unknownMessage : { status: 200, body: message };
      }),
    },
    {
      method: 'PATCH',
      pattern: '/webhooks/:applicationId/:token/messages/:messageId',
      handle: messageRoute((token, messageId, { body }) => {
        const edit = asRecord(body.json);
        const problems = messageProblems(edit);
        if (problems.length > 0) return discordError(400, INVALID_FORM_BODY, 'Invalid Form Body', problems);
        const message = state.messages.edit(token, messageId, edit);
        return message === undefined ? unknownMessage : { status: 200, body: message };
      }),
    },
    {
      method: 'DELETE',
      pattern: '/webhooks/:applicationId/:token/messages/:messageId',
      handle: messageRoute((token, messageId) =>
        state.messages.delete(token, messageId) ? { status: 204 } : unknownMessage,
      ),
    },
  ];
}

function answerInteraction(state: RestState, { params, query, body }: RestRequest): RestResponse {
  const interaction = state.interactions.get(params.interactionId ?? '');
  if (interaction === undefined || interaction.token !== params.token) {
    return discordError(404, UNKNOWN_INTERACTION, 'Unknown interaction');
  }
  const alreadyAnswered = state.callbacks.entries.some(
    (callback) => callback.interactionId === interaction.id && callback.problems.length === 0,
  );
  if (alreadyAnswered) return discordError(400, 40060, 'Interaction has already been acknowledged.');

  const response = asRecord(body.json);
  const type = typeof response.type === 'number' ? response.type : -1;
  const data = response.data === undefined ? undefined : asRecord(response.data);
  const elapsedMs = performance.now() - (state.dispatchedAt.get(interaction.id) ?? performance.now());
  const late = elapsedMs > state.acknowledgeWithinMs;
  const problems = late
    ? [lateProblem(elapsedMs, state.acknowledgeWithinMs)]
    : callbackProblems(interaction, type, data, body.files.length);
  state.callbacks.append({
    interactionId: interaction.id,
    token: interaction.token,
    type,
    data,
    files: body.files,
    problems,
    elapsedMs,
  });
  // Past the deadline Discord has already told the user the app did not respond, and forgets the interaction.
  if (late) return discordError(404, UNKNOWN_INTERACTION, 'Unknown interaction');
  if (problems.length > 0) return discordError(400, INVALID_FORM_BODY, 'Invalid Form Body', problems);

  const message = showResponse(state.messages, interaction.token, type, data ?? {});
  // discord.js always sends with_response; only `true` asks for a body, as on Discord.
  if (query.get('with_response') !== 'true') return { status: 204 };
  const result: RESTPostAPIInteractionCallbackWithResponseResult = {
    interaction: {
      id: interaction.id,
      type: interaction.type,
      ...(message === undefined
        ? {}
        : {
            response_message_id: message.id,
            response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
            response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
          }),
    },
    resource: { type, ...(message === undefined ? {} : { message }) },
  };
  return { status: 200, body: result };
}

/** The message a response creates or changes, if it touches one. */
function showResponse(
  messages: MessageStore,
  token: string,
  type: number,
  data: MessageBody,
): APIMessage | undefined {
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
      return messages.createOriginal(token, data, false);
    case InteractionResponseType.DeferredChannelMessageWithSource:
      return messages.createOriginal(token, data, true);
    case InteractionResponseType.UpdateMessage:
      return messages.edit(token, '@original', data);
    case InteractionResponseType.DeferredMessageUpdate:
      return messages.find(token, '@original');
    default:
      return undefined;
  }
}
