/**
 * What went wrong in a load round, judged after it settled from what the fake
 * Discord recorded and what the bot logged: each finding is a count and a
 * few examples, so a broken run stays readable at 2,000 interactions.
 */
import { type APIInteraction, InteractionResponseType } from 'discord.js';
import type { InteractionCallback } from '../test/e2e/fake-discord/interaction-callbacks.js';
import type { RecordedRequest } from '../test/e2e/fake-discord/rest-server.js';
import type { OutputLine } from '../test/e2e/support/script-process.js';
import { PINO_WARN } from './load-log.js';

const EXAMPLES = 5;

export interface Findings {
  readonly count: number;
  readonly examples: readonly string[];
}

export interface RoundAudit {
  /** Not exactly one callback; a deferral not followed by exactly one edit of `@original`; any follow-up. */
  readonly notAnsweredOnce: Findings;
  /** Callbacks the fake flagged as breaking Discord's rules (limits, empty message, wrong type). */
  readonly refusedCallbacks: Findings;
  /** REST calls answered with a status ≥ 400. */
  readonly failedRequests: Findings;
  /** REST calls to a route Discord does not have. */
  readonly unknownRoutes: Findings;
  /** Bot log lines at warn or above. */
  readonly troubleLogLines: Findings;
  /** `/ask` interactions the router did not report as handled `ok` (e.g. refused by the cooldown). */
  readonly notHandledOk: Findings;
}

export interface RoundRecord {
  readonly interactions: readonly APIInteraction[];
  /** Only what arrived during the round. */
  readonly callbacks: readonly InteractionCallback[];
  readonly requests: readonly RecordedRequest[];
  readonly logLines: readonly OutputLine[];
}

const EDIT_ROUTE = 'PATCH /webhooks/:applicationId/:token/messages/:messageId';
const FOLLOW_UP_ROUTE = 'POST /webhooks/:applicationId/:token';

export function auditRound(record: RoundRecord): RoundAudit {
  const json = record.logLines.flatMap((line) => (line.json === null ? [] : [line]));
  return {
    notAnsweredOnce: findings(answeredNotOnce(record)),
    refusedCallbacks: findings(
      record.callbacks
        .filter((callback) => callback.problems.length > 0)
        .map((callback) => `${callback.interactionId}: ${callback.problems.join('; ')}`),
    ),
    failedRequests: findings(
      record.requests
        .filter((request) => request.status >= 400)
        .map(
          (request) =>
            `${request.method} ${request.path} → ${request.status} ${JSON.stringify(request.response)}`,
        ),
    ),
    unknownRoutes: findings(
      record.requests.filter((request) => request.route === null).map((r) => `${r.method} ${r.path}`),
    ),
    troubleLogLines: findings(
      json.filter((line) => Number(line.json?.level) >= PINO_WARN).map((line) => line.text),
    ),
    notHandledOk: findings(
      json
        .filter((line) => line.json?.msg === 'interaction' && line.json.command === '/ask')
        .filter((line) => line.json?.status !== 'ok')
        .map((line) => line.text),
    ),
  };
}

/** Every finding list of the audit is empty. */
export function isCleanAudit(audit: RoundAudit): boolean {
  return Object.values(audit).every((finding: Findings) => finding.count === 0);
}

function answeredNotOnce({ interactions, callbacks, requests }: RoundRecord): string[] {
  const callbacksOf = groupBy(callbacks, (callback) => callback.interactionId);
  const editsOf = countBy(
    requests.filter((request) => request.route === EDIT_ROUTE && request.params.messageId === '@original'),
    (request) => request.params.token ?? '',
  );
  const followUpsOf = countBy(
    requests.filter((request) => request.route === FOLLOW_UP_ROUTE),
    (request) => request.params.token ?? '',
  );
  return interactions.flatMap((interaction) => {
    const answers = callbacksOf.get(interaction.id) ?? [];
    const deferred = answers[0]?.type === InteractionResponseType.DeferredChannelMessageWithSource;
    const edits = editsOf.get(interaction.token) ?? 0;
    const followUps = followUpsOf.get(interaction.token) ?? 0;
    if (answers.length === 1 && edits === (deferred ? 1 : 0) && followUps === 0) return [];
    return [
      `${interaction.id}: ${answers.length} callback(s)${deferred ? ' (deferred)' : ''}, ` +
        `${edits} edit(s) of @original, ${followUps} follow-up(s)`,
    ];
  });
}

function findings(all: readonly string[]): Findings {
  return { count: all.length, examples: all.slice(0, EXAMPLES) };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
