import { ButtonStyle, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { pagerFromAnswers, resolvePassage } from '../../../src/discord/answer-pages.js';
import { decodeAnswerButton } from '../../../src/discord/custom-id.js';
import { LABELS, TEXT } from '../../../src/discord/messages.js';
import { type AnswerPage, buildAnswerReply, buildAnswerUpdate } from '../../../src/discord/replies/answer.js';
import { ARTICLE, answerFor, makeArticle, paragraphOf } from '../helpers/articles.js';
import { payloadProblems, textsOf, unbalancedIsolates, visible } from '../helpers/discord-rules.js';

const EXCERPT = 'التقى بوتين عام 2019 بكيم في فلاديفوستوك (Vladivostok)';
const answers = [
  answerFor(ARTICLE, 1, 2, { excerpt: EXCERPT }),
  answerFor(ARTICLE, 0, 1),
  answerFor(ARTICLE, 1, 3),
];

function pageOf(page: number, view: AnswerPage['view'] = 'excerpt'): AnswerPage {
  const pager = { ...pagerFromAnswers(answers), page };
  const passage = resolvePassage(pager, [ARTICLE]);
  if (passage === undefined) throw new Error(`no passage on page ${page}`);
  return { passage, pager, view };
}

function buttons(page: AnswerPage) {
  return buildAnswerUpdate(page, undefined).components.flatMap((row) => row.components);
}

describe('buildAnswerReply', () => {
  const reply = buildAnswerReply(pageOf(0), { hidden: false, question: 'متى التقى كيم وبوتين؟' });
  const [embed] = reply.embeds;

  it('quotes the excerpt verbatim with the section title, the paragraph number and a citation', () => {
    expect(visible(embed?.description ?? '')).toBe(EXCERPT);
    expect(visible(embed?.title ?? '')).toBe('العلاقة تاريخيا');
    expect(embed?.fields?.map((field) => [field.name, visible(field.value)])).toEqual([
      [LABELS.paragraphField, TEXT.paragraphNumber(2, 3)],
      [LABELS.rankField, TEXT.rank(1, 3)],
    ]);
    expect(visible(embed?.footer?.text ?? '')).toBe(`${ARTICLE.title} — ${ARTICLE.source}`);
    expect(visible(embed?.author?.name ?? '')).toBe(TEXT.question('متى التقى كيم وبوتين؟'));
  });

  it('is public, pings nobody and respects every limit', () => {
    expect(reply.flags).toBeUndefined();
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.content).toBeUndefined();
    expect(payloadProblems(reply)).toEqual([]);
  });

  it('makes every line right-to-left with balanced isolates', () => {
    for (const text of textsOf(reply).filter(
      (piece) => piece !== LABELS.paragraphField && piece !== LABELS.rankField,
    )) {
      for (const line of text.split('\n').filter(Boolean)) expect(line.startsWith('\u200F\u2067')).toBe(true);
      expect(unbalancedIsolates(text)).toEqual([]);
    }
  });

  it('may ping exactly the member it is directed to', () => {
    const directed = buildAnswerReply(pageOf(0), { hidden: false, mentionUserId: '222222222222222222' });
    expect(directed.allowedMentions).toEqual({ parse: [], users: ['222222222222222222'] });
    expect(directed.content).toContain('<@222222222222222222>');
  });

  it('drops the mention from a hidden reply, and says so', () => {
    const hidden = buildAnswerReply(pageOf(0), { hidden: true, mentionUserId: '222222222222222222' });
    expect(hidden.flags).toBe(MessageFlags.Ephemeral);
    expect(hidden.allowedMentions).toEqual({ parse: [] });
    expect(visible(hidden.content ?? '')).toBe(TEXT.hiddenMentionDropped);
  });

  it('escapes a question that tries to ping, link or format', () => {
    const hostile = buildAnswerReply(pageOf(0), {
      hidden: false,
      question: '@everyone **اضغط** https://evil.test',
    });
    expect(hostile.embeds[0]?.author?.name).toContain('@everyone');
    expect(hostile.allowedMentions.parse).toEqual([]);
  });
});

describe('answer buttons', () => {
  it('are, left to right, next, expand and previous, so an RTL reader finds "previous" first', () => {
    expect(buttons(pageOf(1)).map((button) => ('label' in button ? button.label : ''))).toEqual([
      LABELS.next,
      LABELS.fullParagraph,
      LABELS.previous,
    ]);
  });

  it('carry their whole state: each id decodes to its action on the current page', () => {
    for (const button of buttons(pageOf(1))) {
      if (!('custom_id' in button)) throw new Error('a link button');
      expect(decodeAnswerButton(button.custom_id)?.pager).toEqual(pageOf(1).pager);
    }
    expect(
      buttons(pageOf(1)).map(
        (button) => 'custom_id' in button && decodeAnswerButton(button.custom_id)?.action,
      ),
    ).toEqual(['next', 'full', 'previous']);
  });

  it('disable "previous" on the first page and "next" on the last', () => {
    expect(buttons(pageOf(0)).map((button) => button.disabled)).toEqual([false, false, true]);
    expect(buttons(pageOf(2)).map((button) => button.disabled)).toEqual([true, true, false]);
  });

  it('offer the excerpt back once the whole paragraph is shown', () => {
    const full = pageOf(0, 'full');
    const toggle = buttons(full)[1];
    expect(toggle && 'label' in toggle ? toggle.label : '').toBe(LABELS.excerpt);
    expect(toggle?.style).toBe(ButtonStyle.Primary);
    const embed = buildAnswerUpdate(full, undefined).embeds[0];
    expect(visible(embed?.description ?? '')).toBe(paragraphOf(ARTICLE, 1, 2).text);
  });

  it('are left out when there is one passage, shown whole', () => {
    const single = pagerFromAnswers([answerFor(ARTICLE, 0, 2)]);
    const passage = resolvePassage(single, [ARTICLE]);
    if (passage === undefined) throw new Error('unresolved');
    expect(buildAnswerUpdate({ passage, pager: single, view: 'excerpt' }, undefined).components).toEqual([]);
  });
});

describe('buildAnswerUpdate', () => {
  it('keeps the question line the message shows and leaves the content (and its mention) alone', () => {
    const update = buildAnswerUpdate(pageOf(1), '\u200F\u2067السؤال: ⁨سؤال⁩\u2069');
    expect(update.embeds[0]?.author?.name).toBe('\u200F\u2067السؤال: ⁨سؤال⁩\u2069');
    expect('content' in update).toBe(false);
    expect(update.allowedMentions).toEqual({ parse: [] });
  });
});

describe('oversized text', () => {
  const huge = 'كلمة **طويلة** @everyone <@1> '.repeat(2000);
  const article = makeArticle({
    title: `عنوان ${'طويل '.repeat(300)}`,
    source: `مصدر ${'بعيد '.repeat(600)}`,
    sections: [[`قسم ${'ممتد '.repeat(200)}`, [huge]]],
  });
  const pager = pagerFromAnswers([answerFor(article, 0, 1, { excerpt: huge })]);
  const passage = resolvePassage(pager, [article]);

  it.each(['excerpt', 'full'] as const)('still fits every limit in the %s view', (view) => {
    if (passage === undefined) throw new Error('unresolved');
    const reply = buildAnswerReply({ passage, pager, view }, { hidden: false, question: 'س'.repeat(5000) });
    expect(payloadProblems(reply)).toEqual([]);
    for (const text of textsOf(reply)) expect(unbalancedIsolates(text)).toEqual([]);
  });
});
