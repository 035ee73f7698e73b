import { DiscordAPIError, DiscordjsErrorCodes, HTTPError } from 'discord.js';
import dotenv from 'dotenv';
import type { Article } from '../corpus/article.js';
import { ArticleLoadError, loadArticles } from '../corpus/load-articles.js';
import { type BotConfig, formatConfigProblems, parseConfig } from './config.js';

/**
 * What every entry point does first. A problem here is the operator's to
 * fix, so it is reported as one readable message on stderr with exit code 1:
 * no stack trace, and never a configured value.
 */

function exitWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** `.env` (if any) under the real environment, validated. */
export function readConfig(): BotConfig {
  // quiet: dotenv would otherwise print a banner to stdout, which holds JSON log lines only.
  dotenv.config({ quiet: true });
  const result = parseConfig(process.env);
  if (!result.ok) exitWith(formatConfigProblems(result.problems));
  return result.config;
}

export async function readArticles(dir: string): Promise<Article[]> {
  try {
    return await loadArticles(dir);
  } catch (error) {
    if (!(error instanceof ArticleLoadError)) throw error;
    return exitWith(
      `iqtibas cannot start: ${error.message}.\nSet ARTICLES_DIR, or add articles with npm run ingest.`,
    );
  }
}

const TOKEN_HINT = 'Set DISCORD_TOKEN to the bot token (Developer Portal › Bot › Reset Token).';

/** Network failures an operator fixes outside the bot: the address, the network or a proxy. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);

function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return code;
  // undici wraps the socket's error in `cause`.
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause === undefined || cause === error ? undefined : errnoCode(cause);
}

/**
 * Why talking to Discord failed, in words an operator can act on. Built from
 * status codes and fixed text only: discord.js errors also carry the request
 * (URL, body), which is no business of a one-line reason.
 */
export function describeDiscordFailure(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return `Discord refused the token. ${TOKEN_HINT}`;
  }
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    if (error.status === 401) return `Discord refused the token (401 Unauthorized). ${TOKEN_HINT}`;
    if (error.status === 403) {
      return 'Discord answered 403 Forbidden: check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited to that server.';
    }
    return `Discord answered ${error.status} to ${error.method}; if it persists, check DISCORD_API_URL or https://discordstatus.com.`;
  }
  const code = errnoCode(error);
  if (code !== undefined) {
    return `Discord cannot be reached (${code}): check the network, and DISCORD_API_URL if it is set.`;
  }
  return `an unexpected error (${error instanceof Error ? error.name : typeof error}); the "fatal" log line has the details.`;
}

/** Ends an entry point whose first call to Discord failed: one readable line on stderr, exit code 1. */
export function exitOnDiscordFailure(what: string, error: unknown): never {
  return exitWith(`iqtibas ${what}: ${describeDiscordFailure(error)}`);
}
