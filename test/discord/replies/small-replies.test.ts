import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../../src/discord/limits.js';
import { HELP, TEXT } from '../../../src/discord/messages.js';
import {
  articleChoices,
  PASSAGE_CHOICE_PREFIX,
  parsePassageChoice,
  passageChoices,
  sectionChoices,
} from '../../../src/discord/replies/choices.js';
import { buildHelpReply } from '../../../src/discord/replies/help.js';
import { buildNoAnswerReply } from '../../../src/discord/replies/no-answer.js';
import { noticeReply } from '../../../src/discord/replies/payload.js';
import { ARTICLE, answerFor, makeArticle, paragraphOf, sectionOf } from '../helpers/articles.js';
import { choiceProblems, payloadProblems, unbalancedIsolates, visible } from '../helpers/discord-rules.js';

describe('buildNoAnswerReply', () => {
  it('says the article does not answer, echoes the question and points to /search and /sections', () => {
    const reply = buildNoAnswerReply('ما أفضل معكرونة؟', { hidden: false });
    expect(visible(reply.embeds[0]?.title ?? '')).toBe(TEXT.noAnswerTitle);
    const description = visible(reply.embeds[0]?.description ?? '');
    expect(description).toBe(visible(TEXT.noAnswer('«ما أفضل معكرونة؟»')));
    expect(description).toContain('/search');
    expect(description).toContain('/sections');
    expect(reply.flags).toBeUndefined();
  });

  it('stays hidden when the question was asked hidden', () => {
    expect(buildNoAnswerReply('س', { hidden: true }).flags).toBe(MessageFlags.Ephemeral);
  });

  it('escapes the echoed question', () => {
    const reply = buildNoAnswerReply('<@1> `x` @here', { hidden: false });
    expect(reply.embeds[0]?.description).toContain('\\<@1>');
    expect(reply.embeds[0]?.description).toContain('\\@here');
    expect(payloadProblems(buildNoAnswerReply('س'.repeat(5000), { hidden: false }))).toEqual([]);
  });
});

describe('buildHelpReply', () => {
  it('explains every command in Arabic and English, privately, with examples from the article', () => {
    const reply = buildHelpReply([ARTICLE]);
    const fields = reply.embeds[0]?.fields ?? [];
    expect(fields.map((field) => field.name)).toEqual(HELP.entries('').map((entry) => entry.usage));
    expect(visible(fields.find((field) => field.name === '/section name')?.value ?? '')).toContain(
      '/section name: مقدمة',
    );
    expect(visible(fields.find((field) => field.name.startsWith('/quote'))?.value ?? '')).toContain('مقدمة');
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(payloadProblems(reply)).toEqual([]);
    for (const field of fields) expect(unbalancedIsolates(field.value)).toEqual([]);
  });

  it('mentions the article option only when there are several articles', () => {
    const single = visible(buildHelpReply([ARTICLE]).embeds[0]?.description ?? '');
    const several = visible(
      buildHelpReply([ARTICLE, makeArticle({ slug: 'b', sections: [] })]).embeds[0]?.description ?? '',
    );
    expect(single).not.toContain(HELP.articleOption.english);
    expect(several).toContain(HELP.articleOption.english);
  });
});

describe('autocomplete choices', () => {
  it('offer one passage per paragraph, valued by its id, named by the excerpt cut at a word', () => {
    const long = 'كلمة '.repeat(60);
    const choices = passageChoices([
      answerFor(ARTICLE, 1, 2, { excerpt: long }),
      answerFor(ARTICLE, 1, 2),
      answerFor(ARTICLE, 0, 1),
    ]);
    expect(choices.map((choice) => choice.value)).toEqual([
      `${PASSAGE_CHOICE_PREFIX}kim-putin/1/2`,
      `${PASSAGE_CHOICE_PREFIX}kim-putin/0/1`,
    ]);
    expect(choices[0]?.name.endsWith('كلمة…')).toBe(true);
    expect(choiceProblems(choices)).toEqual([]);
  });

  it('round-trip a picked passage and leave typed text alone', () => {
    const [choice] = passageChoices([answerFor(ARTICLE, 1, 2)]);
    expect(parsePassageChoice(choice?.value ?? '')).toBe(paragraphOf(ARTICLE, 1, 2).id);
    expect(parsePassageChoice('متى التقى كيم وبوتين؟')).toBeUndefined();
  });

  it('never offer more than Discord shows, nor a value it would refuse', () => {
    const article = makeArticle({
      slug: `s${'x'.repeat(120)}`,
      sections: Array.from({ length: 40 }, (_, index) => [`قسم ${index}`, ['نص.']]),
    });
    const answers = Array.from({ length: 40 }, (_, index) => answerFor(ARTICLE, index % 2, 1));
    expect(choiceProblems(passageChoices(answers))).toEqual([]);
    const sections = article.sections.map((section) => ({ article, section }));
    expect(sectionChoices(sections, false)).toEqual([]);
    const fine = ARTICLE.sections.map((section) => ({ article: ARTICLE, section }));
    expect(sectionChoices(fine, false).map((choice) => choice.value)).toEqual([
      'kim-putin/0',
      'kim-putin/1',
      'kim-putin/2',
    ]);
    expect(articleChoices([article, ARTICLE]).map((choice) => choice.value)).toEqual(['kim-putin']);
  });

  it('name sections by number and title, adding the article when several are in play', () => {
    const [choice] = sectionChoices([{ article: ARTICLE, section: sectionOf(ARTICLE, 1) }], true);
    expect(choice?.name).toBe(`2. العلاقة تاريخيا — ${ARTICLE.title}`);
  });
});

describe('noticeReply', () => {
  it('is a short right-to-left text that pings nobody', () => {
    const reply = noticeReply(TEXT.unexpectedError, { ephemeral: true });
    expect(visible(reply.content ?? '')).toBe(TEXT.unexpectedError);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(noticeReply('ن'.repeat(5000), { ephemeral: false }).content?.length).toBeLessThanOrEqual(
      DISCORD_LIMITS.content,
    );
  });
});
