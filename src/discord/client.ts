import { Client, GatewayIntentBits, Options } from 'discord.js';
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

/** A client for `config`; REST goes to `apiUrl` when one is set (a local fake Discord, say), else to discord.com. */
export function createClient(config: Pick<BotConfig, 'apiUrl'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    makeCache: CACHE_LIMITS,
    ...(config.apiUrl === undefined ? {} : { rest: { api: config.apiUrl } }),
  });
}
