import {
  type APIGuildMember,
  type APIInteractionGuildMember,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type ChannelFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  type GuildSystemChannelFlags,
  GuildVerificationLevel,
  type Locale,
  PermissionFlagsBits,
  type RoleFlags,
} from 'discord.js';

/** What a bot typically holds in a channel it answers in; enough for embeds and replies. */
const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands;

const JOINED_AT = '2025-01-01T00:00:00.000Z';

/**
 * Discord has no Arabic client locale, so real users of an Arabic bot arrive as
 * e.g. en-US; 'ar' is used on purpose to show the bot copes with a locale it
 * cannot look up.
 */
export const ARABIC_LOCALE = 'ar' as Locale;

/* discord-api-types types flag fields as enums without a zero member; 0 is the empty bit set. */
const NO_CHANNEL_FLAGS = 0 as ChannelFlags;
const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;
const NO_ROLE_FLAGS = 0 as RoleFlags;
const NO_SYSTEM_CHANNEL_FLAGS = 0 as GuildSystemChannelFlags;

/**
 * The one guild, channel and handful of people the fake Discord knows about.
 * The bot's user id doubles as its application id, as it does on Discord.
 */
export interface World {
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guildId: string;
  readonly channel: APITextChannel;
  /** The member who runs commands in the tests. */
  readonly asker: APIUser;
  /** A second member, for options that point at someone else (e.g. `mention`). */
  readonly bystander: APIUser;
  /** Granted to the bot, and to members, in the channel. */
  readonly permissions: string;
}

export function createWorld(nextId: () => string): World {
  const applicationId = nextId();
  const guildId = nextId();
  return {
    applicationId,
    botUser: user(applicationId, 'iqtibas', true),
    guildId,
    channel: {
      id: nextId(),
      type: ChannelType.GuildText,
      guild_id: guildId,
      name: 'general',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      parent_id: null,
      rate_limit_per_user: 0,
      flags: NO_CHANNEL_FLAGS,
    },
    asker: user(nextId(), 'asker', false),
    bystander: user(nextId(), 'bystander', false),
    permissions: BOT_PERMISSIONS.toString(),
  };
}

/**
 * The GUILD_CREATE that follows READY: discord.js stays in "waiting for
 * guilds" until every guild READY listed as unavailable has arrived.
 */
export function guildCreateData(world: World): GatewayGuildCreateDispatchData {
  const members = [world.botUser, world.asker, world.bystander].map(guildMember);
  return {
    id: world.guildId,
    name: 'iqtibas test guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: world.asker.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRole(world.guildId)],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: NO_SYSTEM_CHANNEL_FLAGS,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: ARABIC_LOCALE,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    stickers: [],
    incidents_data: null,
    joined_at: JOINED_AT,
    large: false,
    unavailable: false,
    member_count: members.length,
    voice_states: [],
    members,
    channels: [world.channel],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function user(id: string, username: string, bot: boolean): APIUser {
  return { id, username, discriminator: '0', global_name: username, avatar: null, bot };
}

/** `user` as a member of the world's guild, with the permissions interactions report for it. */
export function interactionMember(world: World, memberUser: APIUser): APIInteractionGuildMember {
  return { ...guildMember(memberUser), user: memberUser, permissions: world.permissions };
}

function guildMember(memberUser: APIUser): APIGuildMember {
  return {
    user: memberUser,
    roles: [],
    joined_at: JOINED_AT,
    deaf: false,
    mute: false,
    flags: NO_MEMBER_FLAGS,
  };
}

/** Every guild has a role whose id is the guild's own id: @everyone. */
function everyoneRole(guildId: string): APIRole {
  return {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: BOT_PERMISSIONS.toString(),
    managed: false,
    mentionable: false,
    flags: NO_ROLE_FLAGS,
  };
}
