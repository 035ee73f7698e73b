import { isCountryName } from '../text/countries.js';
import { isFramingWord } from '../text/framing-words.js';
import { stemReadings } from '../text/stem.js';
import { isStopWord } from '../text/stopwords.js';
import { compileAliasPhrases } from './alias-phrases.js';
import { lexiconStems } from './lexicon-map.js';
import type { SearchIndex } from './search-index.js';
import { peelClitics } from './word-terms.js';

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/**
 * Which word forms may be a person's name: name-like forms (see nameFormKinds) that are no
 * common word either. A form is not a name when it, or what is left of it without a clitic,
 * is a stop word, a framing word, a country, one of an article's alias names (موسكو,
 * وبيونغيانغ), or a word the lexicons list (تشكلت, بدعم, مميتة), which are the words a
 * name-like test cannot tell from names: verbs and nouns the text happens never to write
 * with the article. What is left is mostly names (كيم, شويغو, أرتيوم لوكين, رويترز) and a
 * few rare words.
 *
 * Worked out for a form when first asked, since only name questions ask, and only of the
 * passages they would quote: a corpus of 200,000 passages has too many forms to read them all
 * at build time.
 */
export class PersonNames {
  private readonly verdicts: Uint8Array;
  private aliasStems: ReadonlySet<string> | undefined;

  constructor(
    private readonly index: SearchIndex,
    /** Whether each word form is name-like (see nameFormKinds). */
    private readonly nameLike: (form: number) => boolean,
  ) {
    this.verdicts = new Uint8Array(index.words.length);
  }

  isPersonName(form: number): boolean {
    let verdict = this.verdicts[form] ?? NO;
    if (verdict === UNKNOWN) {
      verdict = this.nameLike(form) && this.isUncommon(this.index.words[form] as string) ? YES : NO;
      this.verdicts[form] = verdict;
    }
    return verdict === YES;
  }

  private isUncommon(word: string): boolean {
    const forms = [word, ...peelClitics(word), word.replace(/^[وف]/, '')];
    if (forms.some((form) => isStopWord(form) || isFramingWord(form) || isCountryName(form))) return false;
    this.aliasStems ??= new Set(
      this.index.articles.flatMap(compileAliasPhrases).flatMap(({ stems }) => stems),
    );
    const aliasStems = this.aliasStems;
    const lexicon = lexiconStems();
    return !forms.some((form) =>
      stemReadings(form).some((stem) => lexicon.has(stem) || aliasStems.has(stem)),
    );
  }
}
