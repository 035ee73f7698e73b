import { z } from 'zod';

/**
 * The bot's configuration, read from the environment (and `.env`) once at
 * start. `parseConfig` is a pure function of an env record so it can be
 * tested; a bad value is reported by key with how to fix it, and never
 * echoed: it may be a secret pasted in the wrong place.
 */

export interface BotConfig {
  readonly token: string;
  readonly clientId: string;
  readonly guildId?: string;
  /** REST base URL without the API version (discord.js appends `/v10`); absent means discord.com. */
  readonly apiUrl?: string;
  readonly articlesDir: string;
  readonly logLevel: LogLevel;
  /** Per user and command; 0 turns the cooldown off. */
  readonly cooldownSeconds: number;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: BotConfig }
  | { readonly ok: false; readonly problems: readonly string[] };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const SNOWFLAKE = /^\d{1,20}$/;
const VERSIONED_PATH = /\/v\d+\/?$/;
/** `<base64 user id>.<timestamp>.<signature>`: what the Developer Portal's Reset Token gives. */
const BOT_TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;
// Docker's --env-file and systemd keep quotes that a shell or dotenv would have removed.
const QUOTED = /^(["']).*\1$/s;
// A NUL in a path makes every file system call throw before it can say which folder is wrong.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f]/;
const TOKEN_SOURCE = 'copy the bot token from the Developer Portal (Bot › Reset Token) into .env';

/** `KEY=` in a .env file means "not set", not "set to nothing". */
const optional = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const snowflake = (what: string) =>
  z.string().trim().regex(SNOWFLAKE, `must be ${what}: the numeric id Discord shows with Developer Mode on`);

const schema = z.object({
  // abort: one reason per key, the first that applies; the later checks would only restate it.
  DISCORD_TOKEN: z
    .string({ error: `is missing: ${TOKEN_SOURCE}` })
    .trim()
    .min(1, { error: `is empty: ${TOKEN_SOURCE}`, abort: true })
    .refine((token) => !QUOTED.test(token), {
      error: 'must not be wrapped in quotes: remove them',
      abort: true,
    })
    .regex(/^\S+$/, { error: 'must be the bot token alone, without spaces or a "Bot " prefix', abort: true })
    .regex(
      BOT_TOKEN_SHAPE,
      `is not a bot token (three parts separated by dots; the Client Secret and Public Key are not it): ${TOKEN_SOURCE}`,
    ),
  DISCORD_CLIENT_ID: z.preprocess(
    // `DISCORD_CLIENT_ID=` as .env.example has it: not filled in yet.
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .string({
        error:
          'is missing: copy the Application ID from the Developer Portal (General Information) into .env',
      })
      .pipe(snowflake('the Application ID')),
  ),
  DISCORD_GUILD_ID: optional(snowflake('a server (guild) id')),
  DISCORD_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:3000/api' })
      .refine(
        (url) => !VERSIONED_PATH.test(url),
        'must not end with the API version: discord.js appends /v10 itself',
      )
      .transform((url) => url.replace(/\/+$/, '')),
  ),
  ARTICLES_DIR: optional(
    z
      .string()
      .refine((dir) => !CONTROL_CHARACTER.test(dir), 'must be a folder path, without control characters'),
  ).transform((dir) => dir ?? 'data/articles'),
  LOG_LEVEL: optional(
    z.preprocess(
      // INFO and info alike: the level names are pino's, the spelling is the operator's habit.
      (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
      z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
    ),
  ).transform((level) => level ?? 'info'),
  COOLDOWN_SECONDS: optional(
    z.coerce
      .number({ error: 'must be a number of seconds, e.g. 3 (0 turns the cooldown off)' })
      .min(0, 'must not be negative (0 turns the cooldown off)')
      .max(3600, 'must be at most 3600 seconds'),
  ).transform((seconds) => seconds ?? 3),
});

/** Every environment variable the configuration reads. */
export const CONFIG_KEYS: readonly string[] = Object.keys(schema.shape);

export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const result = schema.safeParse(env);
  if (!result.success) {
    // Only the key and our own message: zod's defaults could quote the offending value.
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    return { ok: false, problems: [...new Set(problems)] };
  }
  const values = result.data;
  return {
    ok: true,
    config: {
      token: values.DISCORD_TOKEN,
      clientId: values.DISCORD_CLIENT_ID,
      ...(values.DISCORD_GUILD_ID === undefined ? {} : { guildId: values.DISCORD_GUILD_ID }),
      ...(values.DISCORD_API_URL === undefined ? {} : { apiUrl: values.DISCORD_API_URL }),
      articlesDir: values.ARTICLES_DIR,
      logLevel: values.LOG_LEVEL,
      cooldownSeconds: values.COOLDOWN_SECONDS,
    },
  };
}

/** The report printed when the configuration is unusable: every problem, one per line. */
export function formatConfigProblems(problems: readonly string[]): string {
  return [
    'iqtibas cannot start: the configuration is invalid.',
    ...problems.map((problem) => `  - ${problem}`),
    'Set these in the environment or in .env (see .env.example).',
  ].join('\n');
}
