import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';

/**
 * What a log line keeps of an error discord.js raised for a REST call: why
 * Discord refused (HTTP status, Discord's JSON error code and message,
 * including which field was wrong), and which call it was. The request URL
 * is kept as a path with the interaction token taken out, because an
 * interaction token in a webhook or callback URL can post as the bot for 15
 * minutes. The request body is left out: it is the whole reply, with
 * whatever the user typed, and Discord's message already names the field at
 * fault.
 */
export interface RestErrorSummary {
  readonly type: string;
  readonly message: string;
  readonly status?: number;
  /** Discord's JSON error code (50035 Invalid Form Body, 10062 Unknown interaction…). */
  readonly code?: number | string;
  readonly method: string;
  /** The API path, tokens replaced by `:token`. */
  readonly path: string;
  readonly retryAfterMs?: number;
  readonly global?: boolean;
  readonly scope?: string;
  readonly stack?: string;
}

/** `/interactions/<id>/<token>/…` and `/webhooks/<id>/<token>/…`: the segment after the id is a secret. */
const TOKEN_SEGMENT = /(\/(?:interactions|webhooks)\/[^/]+\/)[^/?#]+/g;

/** `url`'s path below the API version, with tokens taken out; a string that is not a URL is treated as a path. */
export function tokenFreePath(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split('?')[0] ?? '';
  }
  return decoded(path)
    .replace(/^.*?\/v\d+(?=\/)/, '')
    .replace(TOKEN_SEGMENT, '$1:token');
}

/** `%40original` as `@original`, so paths read as Discord documents them. */
function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The summary of a discord.js REST error, or undefined for any other value. */
export function describeRestError(error: unknown): RestErrorSummary | undefined {
  if (error instanceof DiscordAPIError) {
    return {
      type: error.name,
      message: error.message,
      status: error.status,
      code: error.code,
      method: error.method,
      path: tokenFreePath(error.url),
      ...withStack(error),
    };
  }
  if (error instanceof HTTPError) {
    return {
      type: error.name,
      message: error.message,
      status: error.status,
      method: error.method,
      path: tokenFreePath(error.url),
      ...withStack(error),
    };
  }
  if (error instanceof RateLimitError) {
    // `route` is discord.js's bucket route, already token-free; `url` and `majorParameter` are not.
    return {
      type: 'RateLimitError',
      message: `rate limited on ${error.method} ${error.route}`,
      status: 429,
      method: error.method,
      path: tokenFreePath(error.route),
      retryAfterMs: error.retryAfter,
      global: error.global,
      scope: error.scope,
    };
  }
  return undefined;
}

/** The stack names the error type and Discord's message in its first line, then frames: no request data. */
function withStack(error: Error): { stack?: string } {
  return error.stack === undefined ? {} : { stack: error.stack };
}

/**
 * Discord's answers after which nothing more can be sent for the interaction
 * by the means the router has: it expired (or never existed), or it was
 * already acknowledged (a redelivery, or a retry of a response that had in
 * fact arrived). An apology would only meet the same answer.
 */
const INTERACTION_GONE = new Set<number | string>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
]);

export function cannotReachUser(error: unknown): boolean {
  return error instanceof DiscordAPIError && INTERACTION_GONE.has(error.code);
}
