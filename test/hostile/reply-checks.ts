import { expect } from 'vitest';
import type { Choice } from '../../src/discord/replies/choices.js';
import type { MessageEdit } from '../../src/discord/replies/payload.js';
import { choiceProblems, payloadProblems, unbalancedIsolates } from '../discord/helpers/discord-rules.js';
import type { Recorded } from '../discord/helpers/fake-interactions.js';
import { choiceTexts, liveMarkup, markdownTexts, unsafeCharacters, verbatimTexts } from './discord-markup.js';

/** What every interaction with the bot must satisfy, whatever it was sent. */

const ACKNOWLEDGEMENTS = new Set<string>(['reply', 'deferReply', 'update', 'deferUpdate', 'respond']);
const DEFERRALS = new Set<string>(['deferReply', 'deferUpdate']);

/** Exactly one acknowledgement, and a deferred interaction is then answered exactly once. */
function expectOneAcknowledgement(recorded: Recorded, label: string): void {
  const methods: string[] = recorded.calls.map((call) => call.method);
  const [first] = methods;
  const acknowledged = methods.filter((method) => ACKNOWLEDGEMENTS.has(method)).length === 1;
  // A deferral is followed by exactly one edit; nothing follows a reply.
  const answeredOnce =
    first !== undefined && DEFERRALS.has(first)
      ? methods.join() === `${first},editReply`
      : methods.length === 1;
  if (!acknowledged || !answeredOnce)
    expect.fail(`${label}: expected one acknowledgement and one answer, got ${methods.join(', ')}`);
}

const quote = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * Why Discord would refuse the payload, or a reader be pinged, linked or
 * fooled by it: whoever is pinged but `mentionId`, user or article text
 * rendered as live markup, characters a reader cannot see or Discord could
 * refuse. Empty when the payload is safe.
 */
export function payloadFaults(payload: MessageEdit, mentionId: string | undefined): string[] {
  const faults = [...payloadProblems(payload)];
  // Only the member chosen with `mention` may be pinged (a "not in the article" reply pings nobody).
  for (const user of payload.allowedMentions.users ?? []) {
    if (user !== mentionId) faults.push(`allowedMentions lets ${user} be pinged`);
  }
  for (const embed of payload.embeds) {
    if (embed.description?.trim() === '') faults.push('an embed has an empty description');
  }
  // The one chosen mention is the only markup the bot may send live.
  const chosen = mentionId === undefined ? undefined : `<@${mentionId}>`;
  for (const text of markdownTexts(payload)) {
    const checked = chosen === undefined ? text : text.replace(chosen, '');
    for (const problem of liveMarkup(checked)) faults.push(`${problem} in ${quote(text)}`);
  }
  for (const text of [...markdownTexts(payload), ...verbatimTexts(payload)]) {
    for (const problem of unsafeCharacters(text)) faults.push(`${problem} in ${quote(text)}`);
    if (unbalancedIsolates(text).length > 0) faults.push(`unbalanced isolates in ${quote(text)}`);
  }
  return faults;
}

export function choiceFaults(choices: readonly Choice[]): string[] {
  const faults = choiceProblems(choices);
  for (const text of choiceTexts(choices)) {
    for (const problem of unsafeCharacters(text)) faults.push(`${problem} in choice ${quote(text)}`);
  }
  return faults;
}

// One expect per reply, not per text: vitest's expect costs tens of microseconds, and there are thousands.
export function expectSafePayload(payload: MessageEdit, mentionId: string | undefined): void {
  expect(payloadFaults(payload, mentionId)).toEqual([]);
}

export function expectSafeChoices(choices: readonly Choice[]): void {
  expect(choiceFaults(choices)).toEqual([]);
}

/** Checks everything an interaction sent; `label` names the interaction in a failure. */
export function expectWellBehaved(recorded: Recorded, label: string, mentionId?: string): void {
  expectOneAcknowledgement(recorded, label);
  const faults: string[] = [];
  for (const call of recorded.calls) {
    if (call.method === 'respond') faults.push(...choiceFaults(call.payload));
    if (call.method === 'reply' || call.method === 'followUp')
      faults.push(...payloadFaults(call.payload, mentionId));
    if (call.method === 'editReply' || call.method === 'update')
      faults.push(...payloadFaults(call.payload, mentionId));
  }
  expect(faults, label).toEqual([]);
}
