/**
 * Ranked passages an answer pages through; a custom id holds about this many. In a file of its own
 * so that the benchmark asks as `/ask` does without loading discord.js.
 */
export const ANSWERS_PER_QUESTION = 5;
