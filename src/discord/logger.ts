import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.js';

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

/** JSON lines on stdout (or `destination`, for tests), one object per event. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'iqtibas' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
