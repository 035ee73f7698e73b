import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';

/**
 * The limits as Discord documents them (Channel › Embed limits, Message
 * content, Interactions › Autocomplete, Message Components). A change here
 * must be a change on Discord's side, not a typo.
 */
describe('DISCORD_LIMITS', () => {
  it('matches the documented message and embed limits', () => {
    expect(DISCORD_LIMITS).toMatchObject({
      content: 2000,
      embedTitle: 256,
      embedDescription: 4096,
      embedFieldName: 256,
      embedFieldValue: 1024,
      embedFields: 25,
      embedFooter: 2048,
      embedAuthorName: 256,
      embedTotal: 6000,
      embeds: 10,
    });
  });

  it('matches the documented interaction limits', () => {
    expect(DISCORD_LIMITS).toMatchObject({
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
    });
  });
});
