/**
 * The load benchmark's defaults, apart from its code: the usage text shows them, and every other
 * benchmark runs without loading the bot and discord.js into the process it times.
 */
export const DEFAULT_LOAD_COUNT = 2_000;

/**
 * Enough unacknowledged interactions to keep the bot busy, few enough that
 * its queue of them stays well inside Discord's 3 seconds (the bot spends a
 * few milliseconds of CPU on each: 100 is a few hundred ms of backlog).
 */
export const DEFAULT_LOAD_WINDOW = 100;
