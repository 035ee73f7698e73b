import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { countOf, DESCRIPTIONS, HELP, LABELS, TEXT } from '../../src/discord/messages.js';
import { unbalancedIsolates } from './helpers/discord-rules.js';

describe('countOf', () => {
  it.each([
    [1, 'فقرة واحدة'],
    [2, 'فقرتان'],
    [3, '3 فقرات'],
    [10, '10 فقرات'],
    [11, '11 فقرة'],
    [99, '99 فقرة'],
    [100, '100 فقرة'],
    [103, '103 فقرات'],
  ])('agrees %i with its noun as Arabic grammar asks', (count, expected) => {
    expect(countOf(count, 'paragraph')).toBe(expected);
  });

  it('uses the accusative singular from 11 and the genitive from 100', () => {
    expect(countOf(11, 'section')).toBe('11 قسماً');
    expect(countOf(100, 'section')).toBe('100 قسم');
  });
});

describe('wording', () => {
  it('keeps every command description within Discord’s 100 characters, in Arabic and English', () => {
    for (const description of Object.values(DESCRIPTIONS)) {
      expect(description.length).toBeLessThanOrEqual(DISCORD_LIMITS.commandDescription);
      expect(description).toMatch(/[\u0600-\u06FF].* · [A-Za-z]/);
    }
  });

  it('keeps button labels within Discord’s 80 characters', () => {
    for (const label of [LABELS.next, LABELS.previous, LABELS.fullParagraph, LABELS.excerpt]) {
      expect(label.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    }
  });

  it('isolates the slash commands it mentions so they read correctly inside Arabic', () => {
    for (const text of [
      TEXT.staleAnswer,
      TEXT.unknownCommand,
      TEXT.noAnswer('«س»'),
      TEXT.searchEmpty('«س»'),
    ]) {
      expect(text).toMatch(/\u2068\/[a-z]+\u2069/);
      expect(unbalancedIsolates(text)).toEqual([]);
    }
  });

  it('gives the valid range when a paragraph number is out of range', () => {
    expect(TEXT.paragraphOutOfRange(9, '«مقدمة»', 7)).toContain('من 1 إلى 7');
    expect(TEXT.paragraphOutOfRange(2, '«مقدمة»', 1)).toContain('فقرة واحدة');
  });

  it('explains every command in help, with an example for each slash command', () => {
    const entries = HELP.entries('مقدمة');
    for (const name of ['/ask', '/search', '/sections', '/section', '/quote', '/help']) {
      expect(entries.some((entry) => entry.usage.startsWith(name))).toBe(true);
    }
    for (const entry of entries.filter(
      (candidate) => candidate.usage.startsWith('/') && candidate.usage !== '/help',
    )) {
      expect(entry.example).toContain(entry.usage.split(' ')[0]);
    }
  });
});
