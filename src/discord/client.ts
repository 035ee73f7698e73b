import { Client, GatewayIntentBits, Options, type RateLimitData } from 'discord.js';
import type { BotConfig } from './config.js';

/**
 * The bot answers interactions and nothing else: interactions arrive with
 * everything they need, so it asks only for the Guilds intent and keeps no
 * messages, members, users or other per-guild state it would never read.
 * (Guilds and channels are not limitable in discord.js and stay cached.)
 */
const CACHE_LIMITS = Options.cacheWithLimits({
  ApplicationCommandManager: 0,
  ApplicationEmojiManager: 0,
  AutoModerationRuleManager: 0,
  BaseGuildEmojiManager: 0,
  DMMessageManager: 0,
  EntitlementManager: 0,
  GuildBanManager: 0,
  GuildEmojiManager: 0,
  GuildForumThreadManager: 0,
  GuildInviteManager: 0,
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  GuildMessageManager: 0,
  GuildScheduledEventManager: 0,
  GuildStickerManager: 0,
  GuildTextThreadManager: 0,
  MessageManager: 0,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  StageInstanceManager: 0,
  ThreadManager: 0,
  ThreadMemberManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
  VoiceStateManager: 0,
});

/** discord.js's bucket route for the first response to an interaction. */
const CALLBACK_ROUTE = '/interactions/:id/:token/callback';
/** Waited out on a callback, a longer rate limit would land past Discord's 3-second deadline. */
const MAX_CALLBACK_WAIT_MS = 1_000;

/**
 * A callback held longer than this by a rate limit fails at once instead: sent
 * late it would be refused anyway ("Unknown interaction"), and failing now
 * leaves the router time to tell the user.
 */
function callbackWouldBeLate({ route, retryAfter }: RateLimitData): boolean {
  return route === CALLBACK_ROUTE && retryAfter > MAX_CALLBACK_WAIT_MS;
}

/**
 * REST tuned for a bot whose requests are, but for one at login, interaction
 * responses:
 * - Discord exempts interaction endpoints from the 50-per-second global limit,
 *   but discord.js counts the webhook edits that fill in deferred answers
 *   against it, which capped a busy bot at about 50 answers a second (see
 *   `npm run bench -- --load`). The bot sends nothing else in volume, so the
 *   client-side budget is raised; Discord's own 429s are still obeyed.
 * - A rate limit on an interaction callback is waited out only while the
 *   answer can still arrive in time (`callbackWouldBeLate`).
 * - discord.js keeps a request queue per webhook token, that is per
 *   interaction, and sweeps idle ones hourly by default: about 1 KiB per
 *   answer piles up in between. Each token dies 15 minutes after its
 *   interaction anyway, so idle queues go every minute.
 */
const REST_OPTIONS = {
  globalRequestsPerSecond: 1_000,
  handlerSweepInterval: 60_000,
  rejectOnRateLimit: callbackWouldBeLate,
};

/** A client for `config`; REST goes to `apiUrl` when one is set (a local fake Discord, say), else to discord.com. */
export function createClient(config: Pick<BotConfig, 'apiUrl'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    makeCache: CACHE_LIMITS,
    rest: config.apiUrl === undefined ? REST_OPTIONS : { ...REST_OPTIONS, api: config.apiUrl },
  });
}
