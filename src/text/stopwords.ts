import { COURTESY_WORDS } from './courtesy.js';
import { wordSet } from './word-set.js';

/**
 * Function words that carry no topic. The core is Jacques Savoy's Arabic list
 * (BSD licence; the list Lucene's ArabicAnalyzer ships), written here in
 * normalized spelling. To it we add question words, pronouns and the
 * colloquial fillers that Egyptian, Levantine and Gulf speakers type in
 * questions, plus words that only point at the text itself ("the article").
 *
 * Deliberately NOT stop words, although generic lists include them: years and
 * time words (عام, العام, الماضي), ordinals (اول, الاولي, الاخيره), numbers and
 * news verbs such as زياره ("visit") — in news questions they are the content.
 */
const SAVOY = `
من ومن منها منه في وفي فيها فيه و ف ثم او ب بها به ا اي لا ولا الا لكن ما وما كما فما عن مع اذا ان
انها انه بان فان وان التي الذي الذين الي علي عليها عليه اما ايضا كل وكل لم ولم لن ولن هي هو وهي وهو
فهي فهو انت لك لها له هذه هذا تلك ذلك هناك كانت كان يكون تكون وكانت وكان غير بعض قد نحو بين بينما
منذ ضمن حيث الان خلال بعد قبل حتي عند عندما لدي جميع كله كلها كلهم`;

const QUESTION_WORDS = `
ماذا متي كيف لماذا لم هل اين كم كيفما مما عما فيم بم لمن ممن اي ايه ايها ماهو ماهي ما هو هي من هم هن
هما نحن انا انتم انتن انتي اللذان اللتان اللذين اللتين اللاتي اللواتي الذى التى ذلكم اولئك هؤلاء هاولاء
هنا هنالك ذا ذو ذات تلكم لكي كي لان لانه لانها اذ اذن لو لولا اما وقد فقد لقد سوف س`;

// Colloquial question words and fillers (Egyptian, Levantine, Gulf, Iraqi, Maghrebi).
const COLLOQUIAL = `
امتي ايمتي ليه ليش لويش ايش اش شو شنو شنهو شلون وش وشو فين وين وينو منين مين منو قديش قداش كام ازاي
ازي كيفاش علاش واش لما اللي الي يلي يللي دي ده دا ديه هاد هادا هادي هاي هيك هيدا هيدي هذي هاذا هاذي ذي بدي بدك
عايز عايزه عاوز عاوزه ابغي ابي ابا تبي ودي نفسي عشان علشان مشان كدا كده كذا يعني بس طب طيب لسه لسا
الحين هسه هلا هلق دلوقتي برضه برضو ولا يا اه ايوه سوت سوا يسوي تسوي سووا تبي تبيها يبي يبيها يبون
بده بدها بدهم بدنا عم رح راح ح ضل ضلت ضلو بقي بقت بقوا خلاص هيدا منشان كمان اكو ماكو شي
انو انهو وايد واجد ويا ياه ياها ياهم الشي مش مفيش بتاع بتاعة بتوع اوي هون هنيك كتير منيح لشو اديش مو چي ديال دابا بزاف فاش
جان جانت جانوا اشلون شكو شوكت شكد شگد شكثر شحال شكون فوقاش قديه`;

// "Regarding", "concerning": they point at what the question is about without being it.
const REGARDING = `
فيما بخصوص بشان يخص تخص`;

// Words that refer to the text or the conversation, not to its topic.
const META = `
المقال مقال المقاله النص الخبر التقرير الكاتب حسب بحسب وفقا ذكر يذكر تذكر اذكر قل قولي اخبرني اعرف معرفه
سؤال السؤال اجابه الاجابه ممكن رجاء لو سمحت`;

// The auxiliary of the periphrastic passive (تم اختبار "was tested", يتم تعيين "is appointed"):
// the verbal noun after it carries the meaning.
const AUXILIARIES = `
تم تمت يتم تتم سيتم ستتم`;

// The article typed apart from the number it defines: "القرن ال٢٠".
const DETACHED_ARTICLE = `
ال لل`;

// Thanks and greetings (courtesy.ts) name no topic either.
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...wordSet(SAVOY, QUESTION_WORDS, COLLOQUIAL, REGARDING, META, AUXILIARIES, DETACHED_ARTICLE),
  ...COURTESY_WORDS,
]);

// Question words, formal and colloquial, that a conjunction may join as a second question: "من هو لوكين
// وأين يعمل؟", "فكيف ردت بكين؟". Only these: و or ف before other stop words makes content words (فهم, وهم).
const JOINABLE_QUESTION_WORDS = wordSet(`
ماذا متي كيف لماذا هل اين كم ما من اي ايه امتي ايمتي ليه ليش لويش شو ايش شنو مين منو فين
شلون وش ازاي قديش كام علاش`);

/** The question word a conjunction joins ("وأين" → "اين"); any other word as it is. */
export function withoutJoiningConjunction(normalizedWord: string): string {
  const first = normalizedWord[0];
  if (first !== 'و' && first !== 'ف') return normalizedWord;
  const rest = normalizedWord.slice(1);
  return JOINABLE_QUESTION_WORDS.has(rest) ? rest : normalizedWord;
}

/** True for normalized words that carry no topic, including every single letter. */
export function isStopWord(normalizedWord: string): boolean {
  if (normalizedWord.length < 2 || STOP_WORDS.has(normalizedWord)) return true;
  return withoutJoiningConjunction(normalizedWord) !== normalizedWord;
}
