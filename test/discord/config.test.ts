import { describe, expect, it } from 'vitest';
import { formatConfigProblems, parseConfig } from '../../src/discord/config.js';

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

describe('formatConfigProblems', () => {
  it('lists one problem per line and points to .env.example', () => {
    const report = formatConfigProblems(['A is wrong', 'B is missing']);
    expect(report.split('\n')).toContain('  - A is wrong');
    expect(report.split('\n')).toContain('  - B is missing');
    expect(report).toContain('.env.example');
  });
});
