import type {
  AutocompleteRequest,
  ButtonClick,
  MessageMenuInteraction,
  Repliable,
  SlashInteraction,
} from '../../../commands/types.js';
import type { Choice } from '../../../src/discord/replies/choices.js';
import type { MessageEdit, ReplyPayload } from '../../../src/discord/replies/payload.js';

/**
 * Plain objects with the members handlers call, recording every call in
 * order and tracking `deferred`/`replied` the way discord.js does (and
 * refusing a second acknowledgement the way Discord does).
 */

interface PayloadOf {
  reply: ReplyPayload;
  followUp: ReplyPayload;
  editReply: MessageEdit;
  update: MessageEdit;
  deferReply: { readonly flags?: number };
  deferUpdate: undefined;
  respond: Choice[];
}

export type Method = keyof PayloadOf;
export type Call = { [M in Method]: { readonly method: M; readonly payload: PayloadOf[M] } }[Method];

export interface Recorded {
  readonly calls: Call[];
}

type OptionValue = string | number | boolean | { readonly id: string };

const USER = { id: '100000000000000001' };

interface AckState {
  deferred: boolean;
  replied: boolean;
}

function acknowledge(state: AckState, what: string): void {
  if (state.deferred || state.replied) throw new Error(`${what}: the interaction was already acknowledged`);
}

function recordingRepliable(
  calls: Call[],
  user = USER,
  state: AckState = { deferred: false, replied: false },
): Repliable {
  return {
    user,
    get deferred() {
      return state.deferred;
    },
    get replied() {
      return state.replied;
    },
    async reply(payload: ReplyPayload) {
      acknowledge(state, 'reply');
      calls.push({ method: 'reply', payload });
      state.replied = true;
    },
    async deferReply(options: { readonly flags?: number }) {
      acknowledge(state, 'deferReply');
      calls.push({ method: 'deferReply', payload: options });
      state.deferred = true;
    },
    async editReply(payload: MessageEdit) {
      if (!state.deferred && !state.replied) throw new Error('editReply: nothing to edit yet');
      calls.push({ method: 'editReply', payload });
      state.replied = true;
    },
    async followUp(payload: ReplyPayload) {
      if (!state.deferred && !state.replied) throw new Error('followUp: nothing to follow yet');
      calls.push({ method: 'followUp', payload });
    },
  };
}

function optionReader(options: Readonly<Record<string, OptionValue>>) {
  const typed = <Value>(name: string, check: (value: OptionValue) => boolean): Value | null => {
    const value = options[name];
    return value !== undefined && check(value) ? (value as Value) : null;
  };
  return {
    getString: (name: string) => typed<string>(name, (value) => typeof value === 'string'),
    getInteger: (name: string) => typed<number>(name, (value) => typeof value === 'number'),
    getBoolean: (name: string) => typed<boolean>(name, (value) => typeof value === 'boolean'),
    getUser: (name: string) => typed<{ id: string }>(name, (value) => typeof value === 'object'),
  };
}

export function fakeSlash(
  commandName: string,
  options: Readonly<Record<string, OptionValue>> = {},
  user = USER,
): SlashInteraction & Recorded {
  const calls: Call[] = [];
  return Object.assign(recordingRepliable(calls, user), {
    commandName,
    options: optionReader(options),
    calls,
  });
}

export function fakeMessageMenu(commandName: string, content: string): MessageMenuInteraction & Recorded {
  const calls: Call[] = [];
  return Object.assign(recordingRepliable(calls), { commandName, targetMessage: { content }, calls });
}

export function fakeButton(customId: string, questionLine?: string): ButtonClick & Recorded {
  const calls: Call[] = [];
  const state: AckState = { deferred: false, replied: false };
  const repliable = recordingRepliable(calls, USER, state);
  return Object.assign(repliable, {
    customId,
    message: { embeds: [{ author: questionLine === undefined ? null : { name: questionLine } }] },
    async update(payload: MessageEdit) {
      acknowledge(state, 'update');
      calls.push({ method: 'update', payload });
      state.replied = true;
    },
    // As discord.js: the click is acknowledged, and the message it is on is what `editReply` changes.
    async deferUpdate() {
      acknowledge(state, 'deferUpdate');
      calls.push({ method: 'deferUpdate', payload: undefined });
      state.deferred = true;
    },
    calls,
  });
}

export function fakeAutocomplete(
  commandName: string,
  focused: string,
  options: Readonly<Record<string, string>>,
): AutocompleteRequest & Recorded {
  const calls: Call[] = [];
  let responded = false;
  return {
    user: USER,
    commandName,
    get responded() {
      return responded;
    },
    options: {
      getFocused: () => ({ name: focused, value: options[focused] ?? '' }),
      getString: (name: string) => options[name] ?? null,
    },
    async respond(choices) {
      if (responded) throw new Error('respond: already responded');
      calls.push({ method: 'respond', payload: choices });
      responded = true;
    },
    calls,
  };
}

/** The payload of the only call to `method`, failing when there is not exactly one. */
export function onlyCall<M extends Method>(recorded: Recorded, method: M): PayloadOf[M] {
  const matching = recorded.calls.filter(
    (call): call is Extract<Call, { method: M }> => call.method === method,
  );
  const [only] = matching;
  if (only === undefined || matching.length !== 1) {
    throw new Error(
      `Expected one ${method}, got ${JSON.stringify(recorded.calls.map((call) => call.method))}`,
    );
  }
  return only.payload as PayloadOf[M];
}
