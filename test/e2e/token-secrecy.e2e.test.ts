import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, EXIT_WAIT_MS, type FinishedScript, runScript } from './support/run-script.js';
import { SERVER_ERROR, StubHttpServer, type StubRequest, UNAUTHORIZED } from './support/stub-http-server.js';

/**
 * The bot token must never be printed, whatever goes wrong at startup. Each
 * entry point runs as its own process with a distinctive fake token and the
 * most verbose logging, against a Discord that refuses the token, fails, or
 * is not there; everything it writes on stdout and stderr is searched for
 * the token, its parts and the Authorization header built from it.
 */

const BOT = 'src/discord/main.ts';
const DEPLOY = 'src/discord/deploy-commands.ts';

/** Shaped like a real token (`<base64 user id>.<timestamp>.<signature>`) so each part is distinctive. */
const TOKEN = 'MTk4NjIyNDgzNDcxOTI1MjQ4.Gq1nAr.secret-token-canary_xyz-0123456789';
const AUTHORIZATION = `Bot ${TOKEN}`;
const CLIENT_ID = '198622483471925248';

/** What no output may contain: the token, the header, and each part of the token on its own. */
const SECRETS = [TOKEN, AUTHORIZATION, ...TOKEN.split('.')];

let unauthorized: StubHttpServer;
let failing: StubHttpServer;
let nobodyListens: string;

beforeAll(async () => {
  [unauthorized, failing] = await Promise.all([
    StubHttpServer.start(UNAUTHORIZED),
    StubHttpServer.start(SERVER_ERROR),
  ]);
  nobodyListens = `http://127.0.0.1:${await closedPort()}/api`;
});

afterAll(async () => {
  await Promise.all([unauthorized?.close(), failing?.close()]);
});

function env(apiUrl: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: CLIENT_ID,
    DISCORD_API_URL: apiUrl,
    ARTICLES_DIR: 'data/articles',
    LOG_LEVEL: 'trace',
    ...extra,
  };
}

function expectNoSecret(run: FinishedScript): void {
  for (const secret of SECRETS) {
    expect(run.output, `the output holds '${secret}'`).not.toContain(secret);
  }
}

/** Requests made with the token: proof the process really held it and sent it (to this stub only). */
function sentWithToken(requests: readonly StubRequest[], method: string, path: string): number {
  return requests.filter(
    (request) =>
      request.method === method && request.url === path && request.headers.authorization === AUTHORIZATION,
  ).length;
}

interface Scenario {
  readonly name: string;
  readonly script: string;
  readonly env: () => Record<string, string>;
  /** The one-line reason the operator reads on stderr. */
  readonly reason: RegExp;
  /** The stub the process talks to, and the request it must have made with the token. */
  readonly discord?: () => { readonly stub: StubHttpServer; readonly method: string; readonly path: string };
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'the bot, when Discord refuses the token',
    script: BOT,
    env: () => env(unauthorized.apiUrl),
    reason: /^iqtibas cannot start: Discord refused the token\. Set DISCORD_TOKEN/m,
    discord: () => ({ stub: unauthorized, method: 'GET', path: '/api/v10/gateway/bot' }),
  },
  {
    name: 'the bot, when nothing listens at the API address',
    script: BOT,
    env: () => env(nobodyListens),
    reason: /^iqtibas cannot start: Discord cannot be reached \(ECONNREFUSED\).*DISCORD_API_URL/m,
  },
  {
    name: 'the bot, with the token pasted into the other keys',
    script: BOT,
    env: () =>
      env(unauthorized.apiUrl, {
        DISCORD_CLIENT_ID: TOKEN,
        DISCORD_GUILD_ID: AUTHORIZATION,
        DISCORD_API_URL: TOKEN,
        LOG_LEVEL: TOKEN,
        COOLDOWN_SECONDS: TOKEN,
      }),
    reason:
      /^iqtibas cannot start: the configuration is invalid\.\n {2}- DISCORD_CLIENT_ID .*\n {2}- DISCORD_GUILD_ID .*\n {2}- DISCORD_API_URL .*\n {2}- LOG_LEVEL .*\n {2}- COOLDOWN_SECONDS /m,
  },
  {
    name: 'deploy-commands, when Discord refuses the token',
    script: DEPLOY,
    env: () => env(unauthorized.apiUrl),
    reason: /^iqtibas could not deploy the commands: Discord refused the token \(401 Unauthorized\)/m,
    discord: () => ({
      stub: unauthorized,
      method: 'PUT',
      path: `/api/v10/applications/${CLIENT_ID}/commands`,
    }),
  },
  {
    name: 'deploy-commands, when Discord fails',
    script: DEPLOY,
    env: () => env(failing.apiUrl),
    reason: /^iqtibas could not deploy the commands: Discord answered 500 to PUT/m,
    discord: () => ({ stub: failing, method: 'PUT', path: `/api/v10/applications/${CLIENT_ID}/commands` }),
  },
];

describe.concurrent('the bot token never appears in any output', () => {
  it.each(SCENARIOS)(
    '$name: exits 1 with a clear reason',
    async ({ script, env: scenarioEnv, reason, discord }) => {
      const run = await runScript(script, scenarioEnv());

      expect(run.exit, run.output).toEqual({ code: 1, signal: null });
      expect(run.stderr).toMatch(reason);
      expectNoSecret(run);
      expect(run.logLines.map((line) => line.msg)).not.toContain('ready');
      if (discord !== undefined) {
        const { stub, method, path } = discord();
        expect(sentWithToken(stub.requests, method, path)).toBeGreaterThan(0);
      }
    },
    EXIT_WAIT_MS + 5_000,
  );
});
