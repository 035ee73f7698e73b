import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as ask from '../../../commands/ask.js';
import * as askMessage from '../../../commands/ask-message.js';
import { TEXT } from '../../../src/discord/messages.js';
import { PASSAGE_CHOICE_PREFIX } from '../../../src/discord/replies/choices.js';
import { ARTICLE, answerFor, makeArticle, paragraphOf } from '../helpers/articles.js';
import { payloadProblems, visible } from '../helpers/discord-rules.js';
import { fakeEngine } from '../helpers/fake-engine.js';
import { fakeAutocomplete, fakeMessageMenu, fakeSlash, onlyCall } from '../helpers/fake-interactions.js';

const QUESTION = 'متى التقى كيم وبوتين لأول مرة؟';
const ANSWERS = [
  answerFor(ARTICLE, 1, 2, { excerpt: 'التقى بوتين عام 2019 بكيم', score: 0.91 }),
  answerFor(ARTICLE, 0, 1),
];

describe('/ask', () => {
  it('acknowledges first, then answers in public with the best passage and reports what it found', async () => {
    const engine = fakeEngine([ARTICLE], ANSWERS);
    const interaction = fakeSlash('ask', { question: QUESTION });
    const outcome = await ask.execute(interaction, { engine });

    expect(interaction.calls.map((call) => call.method)).toEqual(['deferReply', 'editReply']);
    expect(onlyCall(interaction, 'deferReply')).toEqual({});
    const answer = onlyCall(interaction, 'editReply');
    expect(visible(answer.embeds[0]?.description ?? '')).toBe('التقى بوتين عام 2019 بكيم');
    expect(payloadProblems(answer)).toEqual([]);
    expect(engine.calls).toEqual([{ question: QUESTION, options: { top: 5 } }]);
    expect(outcome).toEqual({ results: 2, topScore: 0.91 });
  });

  it('defers privately when asked to hide the answer', async () => {
    const interaction = fakeSlash('ask', { question: QUESTION, hide: true });
    await ask.execute(interaction, { engine: fakeEngine([ARTICLE], ANSWERS) });
    expect(onlyCall(interaction, 'deferReply')).toEqual({ flags: MessageFlags.Ephemeral });
  });

  it('answers a directed question at once, since a deferred reply could not ping', async () => {
    const interaction = fakeSlash('ask', { question: QUESTION, mention: { id: '333333333333333333' } });
    await ask.execute(interaction, { engine: fakeEngine([ARTICLE], ANSWERS) });
    const reply = onlyCall(interaction, 'reply');
    expect(reply.allowedMentions).toEqual({ parse: [], users: ['333333333333333333'] });
    expect(interaction.calls).toHaveLength(1);
  });

  it('says the article does not answer when the engine abstains', async () => {
    const interaction = fakeSlash('ask', { question: 'ما أفضل معكرونة؟' });
    const outcome = await ask.execute(interaction, { engine: fakeEngine([ARTICLE], []) });
    expect(visible(onlyCall(interaction, 'editReply').embeds[0]?.title ?? '')).toBe(TEXT.noAnswerTitle);
    expect(outcome).toEqual({ results: 0 });
  });

  it('answers a passage picked from the suggestions with exactly that paragraph, without searching', async () => {
    const engine = fakeEngine([ARTICLE], ANSWERS);
    const interaction = fakeSlash('ask', { question: `${PASSAGE_CHOICE_PREFIX}kim-putin/1/3` });
    await ask.execute(interaction, { engine });
    expect(visible(onlyCall(interaction, 'editReply').embeds[0]?.description ?? '')).toBe(
      paragraphOf(ARTICLE, 1, 3).text,
    );
    expect(engine.calls).toEqual([]);
  });

  it('says so when a picked passage no longer exists', async () => {
    const interaction = fakeSlash('ask', { question: `${PASSAGE_CHOICE_PREFIX}kim-putin/9/9` });
    await ask.execute(interaction, { engine: fakeEngine([ARTICLE], ANSWERS) });
    expect(visible(onlyCall(interaction, 'editReply').content ?? '')).toBe(TEXT.passageMissing);
  });

  it('searches only the article chosen, and refuses one it does not know', async () => {
    const other = makeArticle({ slug: 'other', sections: [['قسم', ['نص.']]] });
    const engine = fakeEngine([ARTICLE, other], ANSWERS);
    await ask.execute(fakeSlash('ask', { question: QUESTION, article: 'other' }), { engine });
    expect(engine.calls[0]?.options).toEqual({ top: 5, article: 'other' });

    const unknown = fakeSlash('ask', { question: QUESTION, article: 'nope' });
    await ask.execute(unknown, { engine });
    expect(onlyCall(unknown, 'reply').flags).toBe(MessageFlags.Ephemeral);
    expect(engine.calls).toHaveLength(1);
  });
});

describe('/ask autocomplete', () => {
  it('suggests the passages that share a word with what is typed', async () => {
    const engine = fakeEngine([ARTICLE], ANSWERS);
    const request = fakeAutocomplete('ask', 'question', { question: 'بوتين ' });
    await ask.autocomplete(request, { engine });
    expect(engine.calls).toEqual([{ question: 'بوتين', options: { top: 25, minScore: 0 } }]);
    expect(onlyCall(request, 'respond').map((choice) => choice.value)).toEqual([
      `${PASSAGE_CHOICE_PREFIX}kim-putin/1/2`,
      `${PASSAGE_CHOICE_PREFIX}kim-putin/0/1`,
    ]);
  });

  it('waits for two characters before searching', async () => {
    const engine = fakeEngine([ARTICLE], ANSWERS);
    const request = fakeAutocomplete('ask', 'question', { question: 'ب' });
    await ask.autocomplete(request, { engine });
    expect(onlyCall(request, 'respond')).toEqual([]);
    expect(engine.calls).toEqual([]);
  });
});

describe('the "Ask the article" message command', () => {
  it('asks with the message text and answers only the requester', async () => {
    const engine = fakeEngine([ARTICLE], ANSWERS);
    const interaction = fakeMessageMenu(askMessage.data.name, `  ${QUESTION}  `);
    const outcome = await askMessage.execute(interaction, { engine });
    expect(onlyCall(interaction, 'deferReply')).toEqual({ flags: MessageFlags.Ephemeral });
    expect(engine.calls[0]?.question).toBe(QUESTION);
    expect(onlyCall(interaction, 'editReply').embeds).toHaveLength(1);
    expect(outcome?.results).toBe(2);
  });

  it('explains that a message without text cannot be asked', async () => {
    const engine = fakeEngine([ARTICLE], ANSWERS);
    const interaction = fakeMessageMenu(askMessage.data.name, '   ');
    await askMessage.execute(interaction, { engine });
    expect(visible(onlyCall(interaction, 'reply').content ?? '')).toBe(TEXT.emptyTargetMessage);
    expect(engine.calls).toEqual([]);
  });

  it('cuts a long message to the length of an /ask question', async () => {
    const engine = fakeEngine([ARTICLE], ANSWERS);
    await askMessage.execute(fakeMessageMenu(askMessage.data.name, 'سؤال '.repeat(200)), { engine });
    expect(engine.calls[0]?.question.length).toBeLessThanOrEqual(300);
  });
});
