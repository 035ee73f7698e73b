import type { APIEmbedField } from 'discord.js';
import type { Article } from '../../corpus/article.js';
import { HELP, type HelpEntry, LABELS } from '../messages.js';
import { rtlLine } from '../rtl.js';
import { clipAtWord } from '../text-fit.js';
import { EMBED_COLOR, inlineValue, shownTitle } from './embed-parts.js';
import { NO_MENTIONS, type ReplyPayload, visibility } from './payload.js';

/** `/help`: every command in Arabic and English, with examples built from the loaded article. */

/** Examples quote a real section title; a long one would crowd out the explanation. */
const EXAMPLE_TITLE_LENGTH = 60;

function entryField(entry: HelpEntry): APIEmbedField {
  const lines = [rtlLine(entry.arabic), entry.english];
  if (entry.example !== '') lines.push(rtlLine(`${LABELS.exampleLabel}: ${entry.example}`));
  return { name: entry.usage, value: lines.join('\n') };
}

export function buildHelpReply(articles: readonly Article[]): ReplyPayload {
  const firstSection = articles[0]?.sections[0];
  const example = inlineValue(
    clipAtWord(firstSection === undefined ? '' : shownTitle(firstSection.title), EXAMPLE_TITLE_LENGTH),
  );
  const paragraphs = articles.length > 1 ? [HELP.intro, HELP.articleOption] : [HELP.intro];
  return {
    embeds: [
      {
        color: EMBED_COLOR,
        title: HELP.title,
        // English lines keep their own left-to-right direction; only the Arabic ones are made RTL.
        description: paragraphs.map(({ arabic, english }) => `${rtlLine(arabic)}\n${english}`).join('\n\n'),
        fields: HELP.entries(example).map(entryField),
      },
    ],
    components: [],
    allowedMentions: NO_MENTIONS,
    ...visibility(true),
  };
}
