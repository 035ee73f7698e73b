import {
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIMessageApplicationCommandGuildInteraction,
  type APIMessageComponentGuildInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  MessageType,
} from 'discord.js';
import { ARABIC_LOCALE, interactionMember, type World } from './world.js';

/**
 * An option value as a test writes it; its JavaScript type picks the Discord
 * option type: string → STRING, boolean → BOOLEAN, whole number → INTEGER,
 * other number → NUMBER, user → USER (resolved like Discord resolves it).
 */
export type OptionValue = string | number | boolean | APIUser;
export type OptionValues = Readonly<Record<string, OptionValue>>;

/** Discord's upload limit for a guild without boosts. */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/**
 * Raw interaction payloads as Discord sends them in INTERACTION_CREATE: a
 * member of the world's guild acting in its text channel. Every payload gets
 * a fresh id and token, which is what the bot answers to.
 */
export class InteractionFactory {
  readonly #world: World;
  readonly #nextId: () => string;

  constructor(world: World, nextId: () => string) {
    this.#world = world;
    this.#nextId = nextId;
  }

  /** `/name option:value …` typed by the asker, or by `by` (another member, e.g. from `newMember`). */
  slashCommand(
    name: string,
    options: OptionValues = {},
    by: APIUser = this.#world.asker,
  ): APIChatInputApplicationCommandGuildInteraction {
    const { options: dataOptions, resolved } = this.#options(options);
    return {
      ...this.#base(by),
      type: InteractionType.ApplicationCommand,
      data: {
        id: this.#nextId(),
        name,
        type: ApplicationCommandType.ChatInput,
        options: dataOptions,
        ...(resolved === undefined ? {} : { resolved }),
      },
    };
  }

  /** The asker typing into option `focused` of `/name`; `options` holds what is typed so far. */
  autocomplete(
    name: string,
    focused: string,
    options: OptionValues,
  ): APIApplicationCommandAutocompleteGuildInteraction {
    const dataOptions = this.#options(options).options.map((option) =>
      option.name === focused ? { ...option, focused: true } : option,
    );
    if (!dataOptions.some((option) => option.name === focused)) {
      throw new Error(
        `autocomplete: the focused option "${focused}" has no value in ${JSON.stringify(options)}`,
      );
    }
    return {
      ...this.#base(),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: { id: this.#nextId(), name, type: ApplicationCommandType.ChatInput, options: dataOptions },
    };
  }

  /** The asker pressing the button `customId` on `message`. */
  buttonPress(customId: string, message: APIMessage): APIMessageComponentGuildInteraction {
    return {
      ...this.#base(),
      type: InteractionType.MessageComponent,
      data: { custom_id: customId, component_type: ComponentType.Button },
      message,
    };
  }

  /** The asker choosing the message context-menu command `name` on `target`. */
  messageCommand(name: string, target: APIMessage): APIMessageApplicationCommandGuildInteraction {
    return {
      ...this.#base(),
      type: InteractionType.ApplicationCommand,
      data: {
        id: this.#nextId(),
        name,
        type: ApplicationCommandType.Message,
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
      },
    };
  }

  /** A plain message someone wrote in the channel, e.g. the target of a context-menu command. */
  userMessage(content: string, author: APIUser = this.#world.bystander): APIMessage {
    return {
      id: this.#nextId(),
      channel_id: this.#world.channel.id,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: MessageType.Default,
    };
  }

  /**
   * A further member of the guild, with a fresh id: many distinct users, so
   * that a load of commands is not one person hitting the per-user cooldown.
   */
  newMember(username: string): APIUser {
    return {
      id: this.#nextId(),
      username,
      discriminator: '0',
      global_name: username,
      avatar: null,
      bot: false,
    };
  }

  #base(by: APIUser = this.#world.asker) {
    const world = this.#world;
    const id = this.#nextId();
    return {
      id,
      application_id: world.applicationId,
      token: `fake-interaction-token-${id}`,
      version: 1 as const,
      guild_id: world.guildId,
      guild: { id: world.guildId, locale: ARABIC_LOCALE, features: [] },
      channel: world.channel,
      channel_id: world.channel.id,
      member: interactionMember(world, by),
      app_permissions: world.permissions,
      locale: ARABIC_LOCALE,
      guild_locale: ARABIC_LOCALE,
      entitlements: [],
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: world.guildId },
      context: InteractionContextType.Guild,
      attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    };
  }

  #options(values: OptionValues): {
    options: APIApplicationCommandInteractionDataBasicOption[];
    resolved: APIInteractionDataResolved | undefined;
  } {
    const options: APIApplicationCommandInteractionDataBasicOption[] = [];
    const users: NonNullable<APIInteractionDataResolved['users']> = {};
    const members: NonNullable<APIInteractionDataResolved['members']> = {};
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'string') options.push({ name, type: ApplicationCommandOptionType.String, value });
      else if (typeof value === 'boolean')
        options.push({ name, type: ApplicationCommandOptionType.Boolean, value });
      else if (typeof value === 'number') {
        const type = Number.isInteger(value)
          ? ApplicationCommandOptionType.Integer
          : ApplicationCommandOptionType.Number;
        options.push({ name, type, value });
      } else {
        options.push({ name, type: ApplicationCommandOptionType.User, value: value.id });
        users[value.id] = value;
        const { user: _user, ...member } = interactionMember(this.#world, value);
        members[value.id] = member;
      }
    }
    return { options, resolved: Object.keys(users).length === 0 ? undefined : { users, members } };
  }
}
