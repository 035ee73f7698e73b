import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, formatConfigProblems, parseConfig } from '../../src/discord/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-part_of-the-token';
const VALID = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' };

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  const result = parseConfig(env);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.problems;
}

describe('parseConfig', () => {
  it('fills the defaults around the two required keys', () => {
    expect(parseConfig(VALID)).toEqual({
      ok: true,
      config: {
        token: TOKEN,
        clientId: VALID.DISCORD_CLIENT_ID,
        articlesDir: 'data/articles',
        logLevel: 'info',
        cooldownSeconds: 3,
      },
    });
  });

  it('names a missing token and says where to get it', () => {
    const [problem, ...others] = problemsOf({ DISCORD_CLIENT_ID: VALID.DISCORD_CLIENT_ID });
    expect(others).toEqual([]);
    expect(problem).toMatch(/^DISCORD_TOKEN is missing/);
    expect(problem).toContain('Developer Portal');
  });

  it('reports every bad key at once', () => {
    const problems = problemsOf({ DISCORD_CLIENT_ID: 'my-app', LOG_LEVEL: 'loud', COOLDOWN_SECONDS: '-1' });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'DISCORD_TOKEN',
      'DISCORD_CLIENT_ID',
      'LOG_LEVEL',
      'COOLDOWN_SECONDS',
    ]);
  });

  it('never echoes a value, even one pasted into the wrong key', () => {
    const report = formatConfigProblems(
      problemsOf({ ...VALID, DISCORD_CLIENT_ID: TOKEN, DISCORD_API_URL: TOKEN, DISCORD_GUILD_ID: TOKEN }),
    );
    expect(report).not.toContain(TOKEN);
    expect(report).not.toContain('secret');
    expect(report).toContain('DISCORD_CLIENT_ID');
  });

  it('refuses a token with a "Bot " prefix', () => {
    expect(problemsOf({ ...VALID, DISCORD_TOKEN: `Bot ${TOKEN}` })[0]).toMatch(
      /^DISCORD_TOKEN .*"Bot " prefix/,
    );
  });

  it('treats the guild id as optional, and an empty one as unset', () => {
    const withGuild = parseConfig({ ...VALID, DISCORD_GUILD_ID: '987654321098765432' });
    expect(withGuild.ok && withGuild.config.guildId).toBe('987654321098765432');
    const blank = parseConfig({ ...VALID, DISCORD_GUILD_ID: '' });
    expect(blank.ok && 'guildId' in blank.config).toBe(false);
    expect(problemsOf({ ...VALID, DISCORD_GUILD_ID: 'my server' })[0]).toMatch(/^DISCORD_GUILD_ID must be/);
  });

  it('accepts a REST base URL without a version, dropping a trailing slash', () => {
    const result = parseConfig({ ...VALID, DISCORD_API_URL: 'http://127.0.0.1:3000/api/' });
    expect(result.ok && result.config.apiUrl).toBe('http://127.0.0.1:3000/api');
  });

  it.each([
    ['not a URL', 'localhost 3000', /http\(s\) URL/],
    ['another scheme', 'ftp://127.0.0.1/api', /http\(s\) URL/],
    ['a versioned URL', 'http://127.0.0.1:3000/api/v10', /appends \/v10/],
  ])('refuses an API URL that is %s', (_, url, message) => {
    const [problem] = problemsOf({ ...VALID, DISCORD_API_URL: url });
    expect(problem).toMatch(/^DISCORD_API_URL /);
    expect(problem).toMatch(message);
  });

  it('reads the cooldown as a number of seconds; 0 turns it off', () => {
    const off = parseConfig({ ...VALID, COOLDOWN_SECONDS: '0' });
    expect(off.ok && off.config.cooldownSeconds).toBe(0);
    expect(problemsOf({ ...VALID, COOLDOWN_SECONDS: 'three' })[0]).toMatch(
      /^COOLDOWN_SECONDS must be a number/,
    );
  });
});

/**
 * Every key, every way it goes wrong in practice. Each refusal names the key
 * first, says how to fix it, and never repeats the value: an operator pastes
 * secrets into the wrong key, and this report goes to logs and screenshots.
 */
describe('parseConfig refuses each bad value, naming the key and the fix', () => {
  interface BadValue {
    readonly key: string;
    /** undefined: the key is absent. */
    readonly value: string | undefined;
    readonly fix: RegExp;
  }

  const BAD_VALUES: readonly BadValue[] = [
    { key: 'DISCORD_TOKEN', value: undefined, fix: /is missing: copy the bot token .*Reset Token/ },
    { key: 'DISCORD_TOKEN', value: '', fix: /is empty: copy the bot token/ },
    { key: 'DISCORD_TOKEN', value: '   ', fix: /is empty/ },
    { key: 'DISCORD_TOKEN', value: `"${TOKEN}"`, fix: /must not be wrapped in quotes/ },
    { key: 'DISCORD_TOKEN', value: `Bot ${TOKEN}`, fix: /without spaces or a "Bot " prefix/ },
    { key: 'DISCORD_TOKEN', value: `${TOKEN} ${TOKEN}`, fix: /the bot token alone/ },
    {
      key: 'DISCORD_TOKEN',
      value: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
      fix: /not a bot token .*Client Secret/,
    },
    { key: 'DISCORD_CLIENT_ID', value: undefined, fix: /is missing: copy the Application ID/ },
    { key: 'DISCORD_CLIENT_ID', value: ' ', fix: /is missing/ },
    { key: 'DISCORD_CLIENT_ID', value: 'my-bot-app', fix: /must be the Application ID: the numeric id/ },
    { key: 'DISCORD_CLIENT_ID', value: '-123456789', fix: /numeric id/ },
    { key: 'DISCORD_CLIENT_ID', value: '1234567890123456789012', fix: /numeric id/ },
    { key: 'DISCORD_CLIENT_ID', value: TOKEN, fix: /must be the Application ID/ },
    { key: 'DISCORD_GUILD_ID', value: 'https://discord.com/channels/1234/5678', fix: /server \(guild\) id/ },
    { key: 'DISCORD_GUILD_ID', value: TOKEN, fix: /server \(guild\) id/ },
    { key: 'DISCORD_API_URL', value: 'localhost:3000/api', fix: /http\(s\) URL, e\.g\./ },
    { key: 'DISCORD_API_URL', value: 'ws://127.0.0.1:3000/api', fix: /http\(s\) URL/ },
    { key: 'DISCORD_API_URL', value: 'http://127.0.0.1:3000/api/v10/', fix: /discord\.js appends \/v10/ },
    { key: 'DISCORD_API_URL', value: TOKEN, fix: /http\(s\) URL/ },
    { key: 'ARTICLES_DIR', value: 'data/\u0000articles', fix: /folder path, without control characters/ },
    {
      key: 'LOG_LEVEL',
      value: 'verbose',
      fix: /must be one of fatal, error, warn, info, debug, trace, silent/,
    },
    { key: 'LOG_LEVEL', value: TOKEN, fix: /must be one of/ },
    { key: 'COOLDOWN_SECONDS', value: 'three', fix: /must be a number of seconds, e\.g\. 3/ },
    { key: 'COOLDOWN_SECONDS', value: '3s', fix: /must be a number of seconds/ },
    { key: 'COOLDOWN_SECONDS', value: 'Infinity', fix: /must be a number of seconds/ },
    { key: 'COOLDOWN_SECONDS', value: '-5', fix: /must not be negative \(0 turns the cooldown off\)/ },
    { key: 'COOLDOWN_SECONDS', value: '86400', fix: /at most 3600 seconds/ },
    { key: 'COOLDOWN_SECONDS', value: TOKEN, fix: /must be a number of seconds/ },
  ];

  it.each(BAD_VALUES)('$key = $value', ({ key, value, fix }) => {
    const env: Record<string, string | undefined> = { ...VALID, [key]: value };
    if (value === undefined) delete env[key];

    const problems = problemsOf(env);
    // One reason for the one bad key: the first check that fails, not every check after it.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${key} `));
    expect(problems[0]).toMatch(fix);
    const report = formatConfigProblems(problems);
    if (value !== undefined && value.trim().length > 2) expect(report).not.toContain(value.trim());
    for (const part of TOKEN.split('.')) expect(report).not.toContain(part);
  });

  it('covers every key the configuration reads', () => {
    const covered = new Set(BAD_VALUES.map((bad) => bad.key));
    expect(CONFIG_KEYS.length).toBeGreaterThanOrEqual(7);
    expect(CONFIG_KEYS.filter((key) => !covered.has(key))).toEqual([]);
  });

  it.each([
    { key: 'LOG_LEVEL', value: 'DEBUG', field: 'logLevel', expected: 'debug' },
    { key: 'LOG_LEVEL', value: ' Trace ', field: 'logLevel', expected: 'trace' },
    { key: 'COOLDOWN_SECONDS', value: ' 10 ', field: 'cooldownSeconds', expected: 10 },
    { key: 'ARTICLES_DIR', value: '  ', field: 'articlesDir', expected: 'data/articles' },
    { key: 'DISCORD_API_URL', value: ' ', field: 'apiUrl', expected: undefined },
  ] as const)('accepts $key = "$value" as $expected', ({ key, value, field, expected }) => {
    const result = parseConfig({ ...VALID, [key]: value });
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.config[field]).toBe(expected);
  });
});

describe('formatConfigProblems', () => {
  it('lists one problem per line and points to .env.example', () => {
    const report = formatConfigProblems(['A is wrong', 'B is missing']);
    expect(report.split('\n')).toContain('  - A is wrong');
    expect(report.split('\n')).toContain('  - B is missing');
    expect(report).toContain('.env.example');
  });
});
