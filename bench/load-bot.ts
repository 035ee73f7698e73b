/**
 * What a load run talks to: the fake Discord on loopback, and the real bot
 * as its own process (exactly as `npm start` runs it) connected to it.
 */
import { FakeDiscord } from '../test/e2e/fake-discord/fake-discord.js';
import { botEnv } from '../test/e2e/support/bot-env.js';
import { type ExitStatus, ScriptProcess } from '../test/e2e/support/script-process.js';
import { INSPECT_OPTION, inspectorUrl } from './load-inspector.js';

const BOT = 'src/discord/main.ts';
/** Starting a TypeScript process and indexing the article takes a few seconds. */
const STARTUP_MS = 20_000;

export interface LoadTarget {
  readonly fake: FakeDiscord;
  readonly bot: ScriptProcess;
  /** The bot's DevTools endpoint, to collect its garbage before reading its memory. */
  readonly inspectorUrl: string;
  /** SIGTERM to the bot, then the fake closes; the bot's exit status says whether it shut down cleanly. */
  stop(): Promise<ExitStatus>;
}

export async function startLoadTarget(): Promise<LoadTarget> {
  const fake = await FakeDiscord.start();
  const bot = new ScriptProcess(
    BOT,
    botEnv(fake, {
      // info: the router's one line per interaction (with its latency) and nothing chattier.
      LOG_LEVEL: 'info',
      // The cooldown stays at its default: the load comes from many users, as it would on a server.
      NODE_OPTIONS: INSPECT_OPTION,
    }),
  );
  const stop = async () => {
    try {
      return await bot.stop();
    } finally {
      await fake.close();
    }
  };
  try {
    await bot.waitForLog('ready', STARTUP_MS);
    // Node prints the inspector's address before it runs any code, so it is there by now.
    return { fake, bot, inspectorUrl: inspectorUrl(bot.stderr), stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
