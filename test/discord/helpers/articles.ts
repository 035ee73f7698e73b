import type { Article, Section } from '../../../src/corpus/article.js';
import type { Answer } from '../../../src/search/types.js';

/** Hand-made articles: a title and paragraphs per section, numbered the way the corpus loader numbers them. */

export interface ArticleSpec {
  readonly slug?: string;
  readonly title?: string;
  readonly source?: string;
  readonly contentHash?: string;
  readonly sections: readonly (readonly [title: string, paragraphs: readonly string[]])[];
}

export function makeArticle(spec: ArticleSpec): Article {
  const slug = spec.slug ?? 'sample';
  const sections: Section[] = spec.sections.map(([title, paragraphs], index) => ({
    index,
    title,
    paragraphs: paragraphs.map((text, position) => ({
      id: `${slug}/${index}/${position + 1}`,
      articleSlug: slug,
      sectionIndex: index,
      sectionTitle: title,
      number: position + 1,
      text,
    })),
  }));
  return {
    slug,
    title: spec.title ?? 'كيم وبوتين: تحالف يتعمق',
    ...(spec.source === undefined ? {} : { source: spec.source }),
    language: 'ar',
    aliases: [],
    sections,
    contentHash: spec.contentHash ?? '0123456789ab',
  };
}

export const ARTICLE = makeArticle({
  slug: 'kim-putin',
  source: 'وكالة رويترز',
  contentHash: 'a1b2c3d4e5f6',
  sections: [
    [
      'مقدمة',
      [
        'قال مسؤول أمريكي إن كيم جونغ-أون قد يجتمع قريبا ببوتين. ويناقش الطرفان صفقات أسلحة محتملة.',
        'ونقلت الوكالة عن محللين أن العلاقة بين موسكو وبيونغيانغ لها أهمية بالغة.',
      ],
    ],
    [
      'العلاقة تاريخيا',
      [
        'كانت العلاقة وثيقة خلال الحرب الباردة.',
        'التقى بوتين عام 2019 بكيم في فلاديفوستوك (Vladivostok) لأول مرة.',
        'وتعهد الطرفان بتعزيز التعاون.',
      ],
    ],
    ['', ['فقرة في قسم بلا عنوان.']],
  ],
});

/** The paragraph `number` of section `sectionIndex`, failing loudly when a test names one that does not exist. */
export function paragraphOf(article: Article, sectionIndex: number, number: number) {
  const paragraph = article.sections[sectionIndex]?.paragraphs.find(
    (candidate) => candidate.number === number,
  );
  if (paragraph === undefined) throw new Error(`No paragraph ${sectionIndex}/${number} in ${article.slug}`);
  return paragraph;
}

export function sectionOf(article: Article, sectionIndex: number): Section {
  const section = article.sections[sectionIndex];
  if (section === undefined) throw new Error(`No section ${sectionIndex} in ${article.slug}`);
  return section;
}

/** An answer quoting `excerpt` (default: the whole paragraph). */
export function answerFor(
  article: Article,
  sectionIndex: number,
  number: number,
  options: { readonly excerpt?: string; readonly score?: number } = {},
): Answer {
  const paragraph = paragraphOf(article, sectionIndex, number);
  return { article, paragraph, excerpt: options.excerpt ?? paragraph.text, score: options.score ?? 0.8 };
}
