import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_WAIT_MS, runScript } from './support/run-script.js';
import { StubHttpServer, UNAUTHORIZED } from './support/stub-http-server.js';

/**
 * The real bot process started on a corpus it cannot fully load: it must
 * refuse to start (exit code 1, one readable reason on stderr) before it
 * ever talks to Discord, rather than serve part of the articles.
 */

const BOT = 'src/discord/main.ts';

const GOOD = '---\ntitle: مقال سليم\nlanguage: ar\n---\n\n## قسم\n\nنص سليم.\n';
/** Line 8 holds a byte that is not UTF-8 (an Arabic letter in Windows-1256). */
const BROKEN = Buffer.concat([
  Buffer.from('---\ntitle: مقال تالف\nlanguage: ar\n---\n\n## قسم\n\nنص '),
  Buffer.from([0xe4]),
  Buffer.from('.\n'),
]);

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'iqtibas-startup-'));
});

afterAll(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});

async function folder(files: Readonly<Record<string, string | Buffer>>): Promise<string> {
  const dir = await mkdtemp(join(root, 'articles-'));
  for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
  return dir;
}

/** The bot pointed at `articlesDir`, and at a Discord that answers 401 to anything and records who asked. */
async function startBot(articlesDir: string) {
  const discord = await StubHttpServer.start(UNAUTHORIZED);
  try {
    const bot = await runScript(BOT, {
      DISCORD_TOKEN: 'MTIz.startup-failure.xyz',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_API_URL: discord.apiUrl,
      ARTICLES_DIR: articlesDir,
      LOG_LEVEL: 'trace',
    });
    return { ...bot, discordRequests: discord.requests };
  } finally {
    await discord.close();
  }
}

interface Case {
  readonly name: string;
  /** The folder's files; undefined for a folder that does not exist. */
  readonly files?: Readonly<Record<string, string | Buffer>>;
  /** What stderr must say, given the folder. */
  readonly reason: (dir: string) => string;
}

describe.concurrent('the bot on a corpus it cannot load', () => {
  it.each<Case>([
    {
      name: 'one good and one broken article',
      files: { 'a-good.md': GOOD, 'b-broken.md': BROKEN },
      reason: (dir: string) => `${join(dir, 'b-broken.md')}:8: the byte 0xE4 is not valid UTF-8`,
    },
    {
      name: 'an empty folder',
      files: {},
      reason: (dir: string) => `the article folder '${dir}' holds no article`,
    },
    {
      name: 'a missing folder',
      reason: (dir: string) => `cannot read the article folder '${dir}': it does not exist`,
    },
  ])(
    'refuses to start on $name, naming the problem, without contacting Discord',
    async ({ files, reason }) => {
      const dir = files === undefined ? join(root, 'nowhere') : await folder(files);
      const bot = await startBot(dir);

      expect(bot.exit, bot.output).toEqual({ code: 1, signal: null });
      expect(bot.stderr).toContain(`iqtibas cannot start: ${reason(dir)}`);
      expect(bot.stderr).toContain('ARTICLES_DIR');
      // A reason for the operator, not a crash: no stack frames anywhere.
      expect(bot.output).not.toMatch(/^\s+at /m);
      expect(bot.logLines.map((line) => line.msg)).not.toContain('ready');
      expect(bot.logLines.map((line) => line.msg)).not.toContain('articles loaded');
      expect(bot.discordRequests).toEqual([]);
    },
    EXIT_WAIT_MS + 5_000,
  );
});
