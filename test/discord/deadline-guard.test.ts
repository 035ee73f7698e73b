import { MessageFlags } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Repliable } from '../../commands/types.js';
import { type DeadlineGuardOptions, guardDeadline } from '../../src/discord/deadline-guard.js';
import type { Incoming } from '../../src/discord/incoming.js';
import { noticeReply } from '../../src/discord/replies/payload.js';
import { respond } from '../../src/discord/respond.js';
import { fakeAutocomplete, fakeButton, fakeSlash, type Recorded } from './helpers/fake-interactions.js';

const DEFER_AFTER_MS = 2_000;
const PUBLIC = noticeReply('تم', { ephemeral: false });
const PRIVATE = noticeReply('لك وحدك', { ephemeral: true });
const { flags: _private, ...PRIVATE_AS_EDIT } = PRIVATE;

type Outcome = Parameters<NonNullable<DeadlineGuardOptions['onDefer']>>[0];

function guard(incoming: Incoming, { privateReply = false } = {}) {
  const outcomes: Outcome[] = [];
  const guarded = guardDeadline(incoming, {
    deferAfterMs: DEFER_AFTER_MS,
    privateReply: () => privateReply,
    onDefer: (outcome) => outcomes.push(outcome),
  });
  if (guarded.incoming.kind === 'autocomplete')
    throw new Error('expected an interaction that can be deferred');
  return { ...guarded, interaction: guarded.incoming.interaction, outcomes };
}

const methods = (recorded: Recorded) => recorded.calls.map((call) => call.method);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the deadline guard', () => {
  it('leaves alone an interaction its handler acknowledges in time', async () => {
    const slash = fakeSlash('ask');
    const { interaction, outcomes } = guard({ kind: 'slash', interaction: slash });
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS - 1);
    await interaction.reply(PUBLIC);
    await vi.advanceTimersByTimeAsync(10 * DEFER_AFTER_MS);
    expect(slash.calls).toEqual([{ method: 'reply', payload: PUBLIC }]);
    expect(outcomes).toEqual([]);
  });

  it('defers a command still unanswered at the deadline, and turns its late reply into the edit', async () => {
    const slash = fakeSlash('ask');
    const { interaction, outcomes } = guard({ kind: 'slash', interaction: slash });
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS - 1);
    expect(slash.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(slash.calls).toEqual([{ method: 'deferReply', payload: {} }]);
    expect(outcomes).toEqual([{ ok: true }]);
    await interaction.reply(PRIVATE);
    // An edit cannot change the visibility the deferral fixed, so the flag is dropped.
    expect(slash.calls.at(-1)).toEqual({ method: 'editReply', payload: PRIVATE_AS_EDIT });
  });

  it('defers privately when the command will answer privately', async () => {
    const slash = fakeSlash('ask', { hide: true });
    guard({ kind: 'slash', interaction: slash }, { privateReply: true });
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS);
    expect(slash.calls).toEqual([{ method: 'deferReply', payload: { flags: MessageFlags.Ephemeral } }]);
  });

  it('makes a late deferReply of the handler a no-op, so respond() fills in the deferred reply', async () => {
    const slash = fakeSlash('ask');
    const { interaction } = guard({ kind: 'slash', interaction: slash });
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS);
    await interaction.deferReply({});
    expect(interaction.deferred).toBe(true);
    await respond(interaction, PUBLIC);
    expect(methods(slash)).toEqual(['deferReply', 'editReply']);
  });

  it('holds the handler’s answer until a deferral in flight has landed, so nothing is acknowledged twice', async () => {
    const slash = fakeSlash('ask');
    const deferNow = slash.deferReply.bind(slash);
    let land: () => void = () => undefined;
    slash.deferReply = (options) =>
      new Promise((resolve) => {
        land = () => resolve(deferNow(options));
      });
    const { interaction } = guard({ kind: 'slash', interaction: slash });
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS);
    const answering = respond(interaction, PUBLIC);
    await vi.advanceTimersByTimeAsync(0);
    expect(slash.calls).toEqual([]);
    land();
    await answering;
    expect(methods(slash)).toEqual(['deferReply', 'editReply']);
  });

  it('defers a button as an update: its update edits the message, a notice becomes a follow-up', async () => {
    const click = fakeButton('a1|n|0');
    const { interaction } = guard({ kind: 'button', interaction: click });
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS);
    expect(methods(click)).toEqual(['deferUpdate']);
    if (!('update' in interaction)) throw new Error('expected a button');
    await interaction.update(PUBLIC);
    expect(click.calls.at(-1)).toEqual({ method: 'editReply', payload: PUBLIC });

    const stale = fakeButton('a1|n|0');
    const guarded = guard({ kind: 'button', interaction: stale });
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS);
    // respond() (the router's apology) sees no reply to edit: the message is the button's, not the user's.
    await respond(guarded.interaction, PRIVATE);
    expect(stale.calls.at(-1)).toEqual({ method: 'followUp', payload: PRIVATE });
  });

  it('lets the handler’s calls through unchanged when the deferral fails', async () => {
    const slash = fakeSlash('ask');
    const refusal = new Error('Unknown interaction');
    slash.deferReply = async () => {
      throw refusal;
    };
    const { interaction, outcomes } = guard({ kind: 'slash', interaction: slash });
    await vi.advanceTimersByTimeAsync(DEFER_AFTER_MS);
    expect(outcomes).toEqual([{ ok: false, error: refusal }]);
    await interaction.reply(PUBLIC);
    expect(slash.calls).toEqual([{ method: 'reply', payload: PUBLIC }]);
  });

  it('stops watching once released', async () => {
    const slash = fakeSlash('ask');
    const { release } = guard({ kind: 'slash', interaction: slash });
    release();
    await vi.advanceTimersByTimeAsync(10 * DEFER_AFTER_MS);
    expect(slash.calls).toEqual([]);
  });

  it('keeps what handlers read, and leaves autocomplete (which cannot be deferred) as it is', () => {
    const slash = fakeSlash('ask', { question: 'سؤال' });
    const { interaction } = guard({ kind: 'slash', interaction: slash });
    if (!('options' in interaction)) throw new Error('expected a slash command');
    expect(interaction.commandName).toBe('ask');
    expect(interaction.options.getString('question')).toBe('سؤال');
    expect((interaction as Repliable).user).toBe(slash.user);

    const typing = { kind: 'autocomplete', interaction: fakeAutocomplete('ask', 'question', {}) } as const;
    expect(guardDeadline(typing, { deferAfterMs: 1, privateReply: () => false }).incoming).toBe(typing);
  });
});
