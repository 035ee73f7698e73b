import { Document, isSeq } from 'yaml';
import { ARTICLE_LANGUAGE, type ArticleMeta } from './article-meta.js';
import type { DraftSection } from './draft-section.js';
import { FRONT_MATTER_FENCE, SECTION_HEADING_PREFIX } from './markdown-syntax.js';

function frontMatterYaml(meta: ArticleMeta): string {
  const aliases = meta.aliases ?? [];
  const document = new Document({
    title: meta.title,
    ...(meta.source === undefined ? {} : { source: meta.source }),
    language: ARTICLE_LANGUAGE,
    ...(aliases.length === 0 ? {} : { aliases }),
  });
  // One alias group per line, `- [روسيا, موسكو]`, reads far better than nested block lists.
  const aliasNode = document.get('aliases', true);
  if (isSeq(aliasNode)) {
    for (const group of aliasNode.items) {
      if (isSeq(group)) group.flow = true;
    }
  }
  // lineWidth 0: never fold a long title or source over several lines.
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function sectionMarkdown(section: DraftSection): string {
  return [`${SECTION_HEADING_PREFIX}${section.title}`, ...section.paragraphs].join('\n\n');
}

/** The article file: YAML front matter, then each section as a `## ` heading and blank-line separated paragraphs. */
export function writeArticleMarkdown(meta: ArticleMeta, sections: readonly DraftSection[]): string {
  const body = sections.map(sectionMarkdown).join('\n\n');
  return `${FRONT_MATTER_FENCE}\n${frontMatterYaml(meta)}${FRONT_MATTER_FENCE}\n\n${body}\n`;
}
