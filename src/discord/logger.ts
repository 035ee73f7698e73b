import { type DestinationStream, type Logger, pino, stdSerializers } from 'pino';
import type { LogLevel } from './config.js';
import { describeRestError } from './rest-error.js';

export type { Logger } from 'pino';

/**
 * Paths censored from every log line. The bot token never belongs in a log;
 * neither does an interaction token, which discord.js errors carry in the
 * webhook URL of the failed request (`err.url`) and which can post as the bot
 * for 15 minutes.
 */
const REDACTED_PATHS = [
  'token',
  '*.token',
  'config.token',
  'headers.authorization',
  '*.headers.authorization',
  'err.url',
  'err.requestBody.json.token',
];

/**
 * `err` as a log line shows it: a discord.js REST error as the reason Discord
 * gave, without the URL token or the request body (see `rest-error.ts`);
 * anything else through pino's standard error serializer.
 */
function serializeError(error: unknown): unknown {
  return describeRestError(error) ?? stdSerializers.err(error as Error);
}

/**
 * A bot token is `<base64 user id>.<timestamp>.<signature>`; the long parts
 * are scrubbed on their own too, so a token split or re-encoded somewhere
 * still leaves nothing usable. The short timestamp part would match ordinary
 * text, and alone gives nothing away.
 */
const MIN_SCRUBBED_PART_LENGTH = 16;

function scrubbedStrings(secrets: readonly string[]): string[] {
  const parts = secrets.flatMap((secret) => secret.split('.'));
  // As written inside a JSON string, too, should a secret ever hold a character JSON escapes.
  const all = [...secrets, ...parts]
    .flatMap((text) => [text, JSON.stringify(text).slice(1, -1)])
    .filter((text) => text.length >= MIN_SCRUBBED_PART_LENGTH);
  // Longest first, so a whole token is replaced before its parts are looked for.
  return [...new Set(all)].sort((left, right) => right.length - left.length);
}

/**
 * Replaces every occurrence of a secret in a finished log line. The paths
 * above cover where secrets are known to sit; this covers where nobody
 * thought to look (an error message quoting a header, an object holding the
 * client), whatever the field.
 */
function secretScrubber(secrets: readonly string[]): ((line: string) => string) | undefined {
  const scrubbed = scrubbedStrings(secrets);
  if (scrubbed.length === 0) return undefined;
  return (line) => scrubbed.reduce((text, secret) => text.replaceAll(secret, '[redacted]'), line);
}

export interface LoggerOptions {
  /** Values that must never be written, e.g. the bot token, wherever they turn up in a line. */
  readonly secrets?: readonly string[];
}

/** JSON lines on stdout (or `destination`, for tests), one object per event. */
export function createLogger(
  level: LogLevel,
  destination?: DestinationStream,
  { secrets = [] }: LoggerOptions = {},
): Logger {
  const scrub = secretScrubber(secrets);
  const options = {
    level,
    base: { app: 'iqtibas' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError },
    ...(scrub === undefined ? {} : { hooks: { streamWrite: scrub } }),
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
