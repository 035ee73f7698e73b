/**
 * Discord's payload limits, in one place. Discord answers a payload over any
 * of them with "400 Invalid Form Body", so every builder measures against
 * these and the tests check every reply against all of them. Lengths are
 * counted in UTF-16 code units (`string.length`), which is never less than
 * the code-point count Discord measures, so staying under them is safe.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Title, description, field names and values, footer and author name across every embed of one message. */
  embedTotal: 6000,
  embeds: 10,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
} as const;
