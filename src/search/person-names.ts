import { isCountryName } from '../text/countries.js';
import { isFramingWord } from '../text/framing-words.js';
import { stemReadings } from '../text/stem.js';
import { isStopWord } from '../text/stopwords.js';
import { compileAliasPhrases } from './alias-phrases.js';
import { FormFlags } from './form-flags.js';
import { lexiconStems } from './lexicon-map.js';
import type { SearchIndex } from './search-index.js';
import { peelClitics } from './word-terms.js';

/**
 * Which word forms may be a person's name: name-like forms (see nameFormKinds) that are no
 * common word either. A form is not a name when it, or what is left of it without a clitic,
 * is a stop word, a framing word, a country, one of an article's alias names (موسكو,
 * وبيونغيانغ), or a word the lexicons list (تشكلت, بدعم, مميتة), which are the words a
 * name-like test cannot tell from names: verbs and nouns the text happens never to write
 * with the article. What is left is mostly names (كيم, شويغو, أرتيوم لوكين, رويترز) and a
 * few rare words.
 */
export function personNameForms(
  index: SearchIndex,
  /** Whether each word form is name-like (see nameFormKinds). */
  nameLike: (form: number) => boolean,
): FormFlags {
  let aliasStems: ReadonlySet<string> | undefined;
  const isCommonWord = (word: string): boolean => {
    const forms = [word, ...peelClitics(word), word.replace(/^[وف]/, '')];
    if (forms.some((form) => isStopWord(form) || isFramingWord(form) || isCountryName(form))) return true;
    aliasStems ??= new Set(index.articles.flatMap(compileAliasPhrases).flatMap(({ stems }) => stems));
    const aliases = aliasStems;
    const lexicon = lexiconStems();
    return forms.some((form) => stemReadings(form).some((stem) => lexicon.has(stem) || aliases.has(stem)));
  };
  return new FormFlags(
    index.words.length,
    (form) => nameLike(form) && !isCommonWord(index.words[form] as string),
  );
}
