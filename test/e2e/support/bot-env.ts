import type { FakeDiscord } from '../fake-discord/fake-discord.js';

/** The bot's token as the fake Discord accepts it: any three dot-separated parts. */
export const FAKE_TOKEN = 'fake.token.value';

/**
 * The environment of a bot process pointed at `fake`, serving the committed
 * articles; `extra` adds or overrides variables (a log level, a cooldown…).
 */
export function botEnv(
  fake: FakeDiscord,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_CLIENT_ID: fake.world.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    ARTICLES_DIR: 'data/articles',
    ...extra,
  };
}
