import { MessageFlags } from 'discord.js';
import type { ButtonClick, Repliable } from '../../commands/types.js';
import type { Incoming } from './incoming.js';
import type { MessageEdit, ReplyPayload } from './replies/payload.js';

/**
 * Discord drops an interaction that is not acknowledged within 3 seconds of
 * being sent. Handlers acknowledge on their own (most defer before searching),
 * but one that is kept waiting (a slow dependency, a busy process) would miss
 * the window and the user would see "the application did not respond". The
 * guard watches each interaction from its receipt: if the handler has not
 * acknowledged it by `deferAfterMs`, the guard defers it, and from then on
 * translates what the handler calls so that it still lands: a `reply`
 * becomes the edit of the deferred reply, a button's `update` the edit of
 * its message, a `deferReply` a no-op.
 *
 * The guard runs on a timer, so it cannot rescue a handler that blocks the
 * event loop itself for seconds: that is why handlers defer before a search
 * whose cost grows with the corpus.
 *
 * An answer sent this way is an edit, so a mention in it does not notify
 * (that is why `/ask … mention` replies at once instead of deferring); the
 * guard accepts that cost only when the alternative is no answer at all.
 */

/** How long after receipt the guard steps in: the deferral still needs time to reach Discord before 3 s. */
export const DEFER_AFTER_MS = 2_000;

export interface DeadlineGuardOptions {
  readonly deferAfterMs: number;
  /** Whether the handler's reply will be private; read only when the guard defers (see `SlashCommand.privateReply`). */
  readonly privateReply: () => boolean;
  /** Told when the guard had to defer, and whether Discord accepted the deferral. */
  readonly onDefer?: (
    outcome: { readonly ok: true } | { readonly ok: false; readonly error: unknown },
  ) => void;
}

export interface GuardedIncoming {
  /** The same interaction, with methods that account for a deferral the guard made. */
  readonly incoming: Incoming;
  /** Stops watching: the interaction has been dealt with. */
  release(): void;
}

/** What the guard did: deferred a reply (commands), deferred an update (buttons), or nothing. */
type Deferral = 'reply' | 'update' | undefined;

export function guardDeadline(incoming: Incoming, options: DeadlineGuardOptions): GuardedIncoming {
  // Autocomplete cannot be deferred: a late list of suggestions is simply dropped.
  if (incoming.kind === 'autocomplete') return { incoming, release: () => undefined };

  const inner: Repliable = incoming.interaction;
  const button: ButtonClick | undefined = incoming.kind === 'button' ? incoming.interaction : undefined;
  /** Set the moment the handler acknowledges (or starts to) by itself: the guard must then stay out. */
  let handled = false;
  let deferring: Promise<Deferral> | undefined;
  let deferral: Deferral;

  async function defer(): Promise<Deferral> {
    try {
      if (button !== undefined) await button.deferUpdate();
      else await inner.deferReply(options.privateReply() ? { flags: MessageFlags.Ephemeral } : {});
      deferral = button === undefined ? 'reply' : 'update';
      options.onDefer?.({ ok: true });
    } catch (error) {
      // The handler's own calls then go through unchanged and meet whatever state Discord is in.
      options.onDefer?.({ ok: false, error });
    }
    return deferral;
  }

  const timer = setTimeout(() => {
    if (!handled && !inner.deferred && !inner.replied) deferring = defer();
  }, options.deferAfterMs);

  /** Marks the interaction as the handler's (synchronously, before any await) and waits out a deferral in flight. */
  async function takeOver(): Promise<Deferral> {
    handled = true;
    clearTimeout(timer);
    return deferring === undefined ? undefined : await deferring;
  }

  const repliable: Repliable = {
    user: inner.user,
    // After a deferred update the message is the button's; a reply is still to be made (as a follow-up).
    get deferred() {
      return deferral === 'update' ? false : inner.deferred;
    },
    get replied() {
      return inner.replied;
    },
    async reply(payload: ReplyPayload) {
      const made = await takeOver();
      if (made === 'reply') return inner.editReply(withoutFlags(payload));
      if (made === 'update') return inner.followUp(payload);
      return inner.reply(payload);
    },
    async deferReply(deferOptions) {
      // Already deferred by the guard, whose visibility came from the same `privateReply`.
      if ((await takeOver()) === 'reply') return undefined;
      return inner.deferReply(deferOptions);
    },
    async editReply(payload: MessageEdit) {
      await takeOver();
      return inner.editReply(payload);
    },
    async followUp(payload: ReplyPayload) {
      await takeOver();
      return inner.followUp(payload);
    },
  };

  return { incoming: withRepliable(incoming, repliable, takeOver), release: () => clearTimeout(timer) };
}

/** `incoming` whose interaction answers through `repliable`, keeping the members handlers read. */
function withRepliable(
  incoming: Exclude<Incoming, { kind: 'autocomplete' }>,
  repliable: Repliable,
  takeOver: () => Promise<Deferral>,
): Incoming {
  switch (incoming.kind) {
    case 'slash': {
      const { commandName, options } = incoming.interaction;
      return { kind: 'slash', interaction: Object.assign(repliable, { commandName, options }) };
    }
    case 'message-menu': {
      const { commandName, targetMessage } = incoming.interaction;
      return { kind: 'message-menu', interaction: Object.assign(repliable, { commandName, targetMessage }) };
    }
    case 'button': {
      const inner = incoming.interaction;
      const click: ButtonClick = Object.assign(repliable, {
        customId: inner.customId,
        message: inner.message,
        async update(payload: MessageEdit) {
          // After a deferred update, the message the button is on is the reply to edit.
          if ((await takeOver()) === 'update') return inner.editReply(payload);
          return inner.update(payload);
        },
        async deferUpdate() {
          if ((await takeOver()) === 'update') return undefined;
          return inner.deferUpdate();
        },
      });
      return { kind: 'button', interaction: click };
    }
    case 'unsupported':
      return { kind: 'unsupported', interaction: repliable, what: incoming.what };
  }
}

function withoutFlags({ flags: _fixedAtDeferral, ...edit }: ReplyPayload): MessageEdit {
  return edit;
}
