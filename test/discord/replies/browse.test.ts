import { describe, expect, it } from 'vitest';
import { decodeSectionButton } from '../../../src/discord/custom-id.js';
import { LABELS, TEXT } from '../../../src/discord/messages.js';
import { openSection, sectionPage, sectionPages } from '../../../src/discord/replies/section-page.js';
import { buildTableOfContentsReply } from '../../../src/discord/replies/table-of-contents.js';
import { ARTICLE, makeArticle, sectionOf } from '../helpers/articles.js';
import { payloadProblems, textsOf, unbalancedIsolates, visible } from '../helpers/discord-rules.js';

describe('buildTableOfContentsReply', () => {
  it('numbers each section and counts its paragraphs', () => {
    const reply = buildTableOfContentsReply([ARTICLE]);
    expect(visible(reply.embeds[0]?.description ?? '').split('\n')).toEqual([
      TEXT.tocLine(1, 'مقدمة', 2),
      TEXT.tocLine(2, 'العلاقة تاريخيا', 3),
      TEXT.tocLine(3, LABELS.untitledSection, 1),
    ]);
    expect(visible(reply.embeds[0]?.footer?.text ?? '')).toContain(TEXT.tocSummary(3, 6));
  });

  it('lists what fits and says how many sections are left out', () => {
    const sections = Array.from(
      { length: 400 },
      (_, index) => [`قسم رقم ${index} بعنوان طويل بعض الشيء`, ['نص.']] as const,
    );
    const reply = buildTableOfContentsReply([makeArticle({ sections })]);
    const lines = visible(reply.embeds[0]?.description ?? '').split('\n');
    expect(lines.at(-1)).toBe(TEXT.tocMore(400 - lines.length + 1));
    expect(payloadProblems(reply)).toEqual([]);
  });

  it('shows one embed per article while the message holds them, then asks to pick one', () => {
    const articles = Array.from({ length: 12 }, (_, index) =>
      makeArticle({ slug: `a${index}`, sections: [[`قسم ${'طويل '.repeat(80)}`, ['نص.']]] }),
    );
    const reply = buildTableOfContentsReply(articles);
    expect(reply.embeds.length).toBeLessThan(12);
    expect(visible(reply.content ?? '')).toBe(visible(TEXT.tocMoreArticles));
    expect(payloadProblems(reply)).toEqual([]);
  });
});

describe('section pages', () => {
  it('show a short section whole on one page, without buttons', () => {
    const message = openSection(ARTICLE, sectionOf(ARTICLE, 1));
    expect(visible(message.embeds[0]?.description ?? '')).toBe(
      sectionOf(ARTICLE, 1)
        .paragraphs.map((paragraph) => `**${paragraph.number}.** ${paragraph.text}`)
        .join('\n\n'),
    );
    expect(visible(message.embeds[0]?.title ?? '')).toBe(TEXT.sectionHeading(2, 'العلاقة تاريخيا'));
    expect(message.components).toEqual([]);
  });

  const long = makeArticle({
    sections: [
      [
        'قسم طويل',
        [
          ...Array.from({ length: 30 }, (_, index) => `الفقرة ${index + 1}: ${'كلام موزون. '.repeat(40)}`),
          `فقرة واحدة أطول من صفحة. ${'جملة بعد جملة. '.repeat(600)}`,
        ],
      ],
    ],
  });
  const section = sectionOf(long, 0);
  const pages = sectionPages(section);

  it('split a long section across pages that each fit, keeping every word in order', () => {
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(4096);
    const shown = pages
      .map(visible)
      .join(' ')
      .replace(/\*\*\d+\.\*\* /g, '');
    const original = section.paragraphs.map((paragraph) => paragraph.text).join(' ');
    expect(shown.replace(/\s+/g, '')).toBe(original.replace(/\s+/g, ''));
  });

  it('number the continuation of a paragraph that spills onto the next page', () => {
    const last = section.paragraphs.length;
    expect(pages.filter((page) => visible(page).includes(`**${last}.**`)).length).toBeGreaterThan(1);
  });

  it('turn with buttons whose ids carry the page, and show where the reader is', () => {
    const second = sectionPage(long, section, 1);
    const row = second?.components[0]?.components ?? [];
    expect(row.map((button) => ('label' in button ? button.label : ''))).toEqual([
      LABELS.next,
      LABELS.previous,
    ]);
    const ids = row.map((button) =>
      'custom_id' in button ? decodeSectionButton(button.custom_id) : undefined,
    );
    expect(ids.map((id) => id?.action)).toEqual(['next', 'previous']);
    expect(ids.map((id) => id?.pager.page)).toEqual([1, 1]);
    expect(visible(second?.embeds[0]?.footer?.text ?? '')).toContain(TEXT.page(2, pages.length));
    for (const page of pages.keys()) {
      const message = sectionPage(long, section, page);
      expect(message && payloadProblems(message)).toEqual([]);
      for (const text of message ? textsOf(message) : []) expect(unbalancedIsolates(text)).toEqual([]);
    }
  });

  it('has no page past the last', () => {
    expect(sectionPage(long, section, pages.length)).toBeUndefined();
  });

  it('says so for a section without paragraphs', () => {
    const empty = makeArticle({ sections: [['فارغ', []]] });
    expect(visible(openSection(empty, sectionOf(empty, 0)).embeds[0]?.description ?? '')).toBe(
      TEXT.emptySection,
    );
  });
});
