import { EventLog } from './event-log.js';
import type { RestResponse } from './rest-api.js';
import type { RouteParams } from './route-pattern.js';

/**
 * Faults a test scripts into the fake Discord, answered the way Discord
 * answers them, so the bot meets its failures over the wire exactly as it
 * would in production. Every fault that fires is recorded.
 */

/** Discord's 429 scopes: the bot's own per-route limit, a resource shared with others, or the global limit. */
export type RateLimitScope = 'user' | 'shared' | 'global';

/** Discord's field-error tree (`errors` in an error body): nested objects, with `_errors` lists at the leaves. */
export interface DiscordErrorTree {
  readonly [key: string]: DiscordErrorTree | readonly { readonly code: string; readonly message: string }[];
}

export type RestFault =
  /** 429 with `retry_after`; discord.js waits that long and sends the request again. */
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds: number; readonly scope?: RateLimitScope }
  /** A 5xx from Discord's side (500 unless `status` says otherwise); discord.js retries these a few times. */
  | { readonly kind: 'server-error'; readonly status?: number }
  /** 400 Invalid Form Body (code 50035) with `errors` naming the fields Discord objects to. */
  | { readonly kind: 'invalid-form-body'; readonly errors: DiscordErrorTree }
  /** The request is held this long, then served normally: a slow network or a slow Discord. */
  | { readonly kind: 'delay'; readonly ms: number };

export interface RestFaultRule {
  /** `METHOD /pattern`, as `RecordedRequest.route` names routes (e.g. `POST /interactions/:interactionId/:token/callback`). */
  readonly route: string;
  readonly fault: RestFault;
  /** How many matching requests it intercepts (default 1); `Infinity` for all of them. */
  readonly times?: number;
  /** Narrows the rule, e.g. to one interaction: `({ interactionId }) => interactionId === ask.id`. */
  readonly when?: (params: RouteParams) => boolean;
}

/** One request a fault intercepted. */
export interface FiredRestFault {
  readonly route: string;
  readonly params: RouteParams;
  readonly fault: RestFault;
}

interface ActiveRule {
  readonly rule: RestFaultRule;
  remaining: number;
}

export class RestFaults {
  readonly fired = new EventLog<FiredRestFault>();
  #rules: ActiveRule[] = [];

  /** Adds a rule; rules are tried in the order they were added, and the first that matches fires. */
  inject(rule: RestFaultRule): void {
    this.#rules.push({ rule, remaining: rule.times ?? 1 });
  }

  /** Removes every rule still armed (e.g. an `Infinity` one once its scenario is over). */
  clear(): void {
    this.#rules = [];
  }

  /** The fault for a request to `route`, using up one shot of the rule that fires; undefined when none does. */
  take(route: string, params: RouteParams): RestFault | undefined {
    const active = this.#rules.find(
      ({ rule, remaining }) => remaining > 0 && rule.route === route && (rule.when?.(params) ?? true),
    );
    if (active === undefined) return undefined;
    active.remaining -= 1;
    if (active.remaining <= 0) this.#rules = this.#rules.filter((other) => other !== active);
    this.fired.append({ route, params, fault: active.rule.fault });
    return active.rule.fault;
  }
}

/** A bucket id in Discord's style; discord.js keys its rate-limit state by it. */
const FAKE_BUCKET = 'f4e1c0ffee';
/** Discord's limit for the routes the bot uses is a handful of requests per window. */
const FAKE_BUCKET_LIMIT = 5;

/**
 * Discord's answer for a fault that replaces the response (every kind but
 * `delay`). The 429 carries the body and headers Discord sends: `Retry-After`
 * and `X-RateLimit-Scope` always, `X-RateLimit-Global` for the global limit,
 * the bucket headers otherwise. Discord rounds `Retry-After` up to whole
 * seconds; the fake keeps the fraction so tests can ask for short waits.
 */
export function faultResponse(fault: Exclude<RestFault, { kind: 'delay' }>): RestResponse {
  switch (fault.kind) {
    case 'rate-limit': {
      const scope = fault.scope ?? 'user';
      const seconds = fault.retryAfterSeconds;
      const global = scope === 'global';
      const headers: Record<string, string> = {
        'retry-after': String(seconds),
        'x-ratelimit-scope': scope,
        ...(global
          ? { 'x-ratelimit-global': 'true' }
          : {
              'x-ratelimit-limit': String(FAKE_BUCKET_LIMIT),
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': (Date.now() / 1000 + seconds).toFixed(3),
              'x-ratelimit-reset-after': String(seconds),
              'x-ratelimit-bucket': FAKE_BUCKET,
            }),
      };
      return {
        status: 429,
        headers,
        body: { message: 'You are being rate limited.', retry_after: seconds, global },
      };
    }
    case 'server-error':
      return { status: fault.status ?? 500, body: { message: '500: Internal Server Error', code: 0 } };
    case 'invalid-form-body':
      return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: fault.errors } };
  }
}

/** How the fake gateway can drop the bot's connection. */
export type GatewayDrop =
  /** The TCP connection dies without a close frame (a network failure): the session can be resumed. */
  | { readonly kind: 'terminate' }
  /**
   * A close frame with `code`. Discord ends the session itself for 4007
   * (invalid seq) and 4009 (session timed out), so the bot must identify
   * anew; after others such as 4000 (unknown error) it may resume.
   */
  | { readonly kind: 'close'; readonly code: number }
  /** Op 7 RECONNECT: Discord asks the bot to reconnect (before a restart of its own, say) and resume. */
  | { readonly kind: 'reconnect' }
  /** Op 9 INVALID_SESSION, not resumable: the session is gone and the bot must identify anew. */
  | { readonly kind: 'invalid-session' };

/** Close codes after which Discord will not resume the session. */
export const SESSION_ENDING_CLOSE_CODES: ReadonlySet<number> = new Set([4007, 4009]);

/** Whether the bot's session survives `drop`, so a RESUME succeeds. */
export function isResumable(drop: GatewayDrop): boolean {
  if (drop.kind === 'terminate' || drop.kind === 'reconnect') return true;
  if (drop.kind === 'invalid-session') return false;
  return !SESSION_ENDING_CLOSE_CODES.has(drop.code);
}
