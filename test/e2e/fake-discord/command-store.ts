import { type APIApplicationCommand, ApplicationCommandType } from 'discord.js';

/** Where a command list lives: everywhere (global) or in one guild. */
export type CommandScope = { readonly kind: 'global' } | { readonly kind: 'guild'; readonly guildId: string };

/**
 * Registered application commands per scope. A PUT replaces a scope's whole
 * list (Discord's bulk overwrite) and Discord answers with the stored
 * commands, now carrying ids.
 */
export class CommandStore {
  readonly #lists = new Map<string, APIApplicationCommand[]>();
  readonly #applicationId: string;
  readonly #nextId: () => string;

  constructor(applicationId: string, nextId: () => string) {
    this.#applicationId = applicationId;
    this.#nextId = nextId;
  }

  list(scope: CommandScope): readonly APIApplicationCommand[] {
    return this.#lists.get(keyOf(scope)) ?? [];
  }

  /** `commands` must already have passed `commandListProblems`. */
  overwrite(
    scope: CommandScope,
    commands: readonly Readonly<Record<string, unknown>>[],
  ): APIApplicationCommand[] {
    const stored = commands.map((command) => {
      const registered = {
        default_member_permissions: null,
        type: ApplicationCommandType.ChatInput,
        description: '',
        ...command,
        id: this.#nextId(),
        application_id: this.#applicationId,
        version: this.#nextId(),
        ...(scope.kind === 'guild' ? { guild_id: scope.guildId } : {}),
      };
      // The bot's own command JSON, now with the fields Discord adds on registration.
      return registered as APIApplicationCommand;
    });
    this.#lists.set(keyOf(scope), stored);
    return stored;
  }
}

function keyOf(scope: CommandScope): string {
  return scope.kind === 'global' ? 'global' : `guild:${scope.guildId}`;
}
