import { describe, expect, it } from 'vitest';
import { ArticleMetaError } from '../../src/corpus/article-meta.js';
import { IngestError, ingestRawText } from '../../src/corpus/ingest.js';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { sectionsOf } from './sections-of.js';

const META = { title: 'مقال تجريبي' };

function ingestSections(raw: string) {
  return sectionsOf(parseArticle(ingestRawText(raw, META), 'sample.md'));
}

function ingestFailure(raw: string): IngestError {
  try {
    ingestRawText(raw, META);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected ingest to fail');
}

const LONG_START = 'قال مسؤول أمريكي إن الزعيم الكوري قد يجتمع قريبا بنظيره';

describe('ingestRawText structure', () => {
  it.each([
    {
      name: 'joins a hard-wrapped sentence with one space',
      raw: `${LONG_START}\nالروسي ويناقشا صفقات أسلحة.`,
      expected: [{ title: 'مقدمة', paragraphs: [`${LONG_START} الروسي ويناقشا صفقات أسلحة.`] }],
    },
    {
      name: 'makes each line that ends a sentence its own paragraph',
      raw: 'الجملة الأولى.\nالجملة الثانية!\nهل هذه الثالثة؟',
      expected: [{ title: 'مقدمة', paragraphs: ['الجملة الأولى.', 'الجملة الثانية!', 'هل هذه الثالثة؟'] }],
    },
    {
      name: 'recognizes a short unpunctuated line as a heading',
      raw: 'جملة افتتاحية.\nالعلاقات الاقتصادية\nاستأنفت روسيا السفر.',
      expected: [
        { title: 'مقدمة', paragraphs: ['جملة افتتاحية.'] },
        { title: 'العلاقات الاقتصادية', paragraphs: ['استأنفت روسيا السفر.'] },
      ],
    },
    {
      name: 'does not make a conjunction-led short line a heading',
      raw: 'جملة أولى.\nواتهمت الولايات المتحدة\nكوريا الشمالية بتزويد روسيا.\nفيما نفت\nموسكو ذلك.',
      expected: [
        {
          title: 'مقدمة',
          paragraphs: [
            'جملة أولى.',
            'واتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا.',
            'فيما نفت موسكو ذلك.',
          ],
        },
      ],
    },
    {
      name: 'never starts a heading inside a wrapped sentence',
      raw: `${LONG_START}\nالروسي\nفي موسكو.`,
      expected: [{ title: 'مقدمة', paragraphs: [`${LONG_START} الروسي في موسكو.`] }],
    },
    {
      name: 'does not make a long unpunctuated line a heading',
      raw: 'هذا سطر من سبع كلمات بلا أي علامة\nيكمل الجملة.',
      expected: [{ title: 'مقدمة', paragraphs: ['هذا سطر من سبع كلمات بلا أي علامة يكمل الجملة.'] }],
    },
    {
      name: 'drops boilerplate lines in any spelling it knows',
      raw: 'جملة.\nاظهار أخبار متعلقة\nالحرب\nنص.\nإظهار أخبار متعلقة\nالسلام\nنص آخر.\nاقرأ أيضا:\nخاتمة.',
      expected: [
        { title: 'مقدمة', paragraphs: ['جملة.'] },
        { title: 'الحرب', paragraphs: ['نص.'] },
        { title: 'السلام', paragraphs: ['نص آخر.', 'خاتمة.'] },
      ],
    },
    {
      name: 'keeps a sentence that merely contains boilerplate words',
      raw: 'قرر الموقع اظهار أخبار متعلقة بالحرب.',
      expected: [{ title: 'مقدمة', paragraphs: ['قرر الموقع اظهار أخبار متعلقة بالحرب.'] }],
    },
    {
      name: 'needs no مقدمة when the text opens with a heading',
      raw: 'الخلفية\nنص.',
      expected: [{ title: 'الخلفية', paragraphs: ['نص.'] }],
    },
    {
      name: 'keeps a heading that ends with a colon as written',
      raw: 'جملة.\nالخلفية التاريخية:\nنص.',
      expected: [
        { title: 'مقدمة', paragraphs: ['جملة.'] },
        { title: 'الخلفية التاريخية:', paragraphs: ['نص.'] },
      ],
    },
    {
      name: 'ends a sentence at punctuation followed by a closing quote',
      raw: 'وقال «انتهت الحرب.»\nما بعد الحرب\nنص.',
      expected: [
        { title: 'مقدمة', paragraphs: ['وقال «انتهت الحرب.»'] },
        { title: 'ما بعد الحرب', paragraphs: ['نص.'] },
      ],
    },
    {
      name: 'separates paragraphs at blank lines even without final punctuation',
      raw: 'فقرة أولى طويلة لا تنتهي بأي علامة ترقيم على الإطلاق\n\n\nفقرة ثانية.\n',
      expected: [
        {
          title: 'مقدمة',
          paragraphs: ['فقرة أولى طويلة لا تنتهي بأي علامة ترقيم على الإطلاق', 'فقرة ثانية.'],
        },
      ],
    },
    {
      name: 'keeps a final line without punctuation as a paragraph',
      raw: 'جملة.\nوهذا سطر أخير بلا علامة',
      expected: [{ title: 'مقدمة', paragraphs: ['جملة.', 'وهذا سطر أخير بلا علامة'] }],
    },
    {
      name: 'ignores CRLF line endings, a byte order mark and whitespace around lines',
      raw: '\uFEFF  جملة أولى.  \r\nالعنوان\t\r\n\r\nنص.\r\n',
      expected: [
        { title: 'مقدمة', paragraphs: ['جملة أولى.'] },
        { title: 'العنوان', paragraphs: ['نص.'] },
      ],
    },
    {
      name: 'keeps the characters inside a line exactly, diacritics, tatweel and double spaces included',
      raw: 'نقلًا عن «رويترز»  ـــ حزيران/ يونيو (1950- 1953).. انتهى.',
      expected: [
        { title: 'مقدمة', paragraphs: ['نقلًا عن «رويترز»  ـــ حزيران/ يونيو (1950- 1953).. انتهى.'] },
      ],
    },
  ])('$name', ({ raw, expected }) => {
    expect(ingestSections(raw)).toEqual(expected);
  });

  it('produces the same article for LF and CRLF input', () => {
    const raw = `${LONG_START}\nالروسي.\nالعنوان\nنص.`;
    expect(ingestRawText(raw.replaceAll('\n', '\r\n'), META)).toBe(ingestRawText(raw, META));
  });
});

describe('ingestRawText failures', () => {
  it.each([
    { name: 'empty input', raw: '', line: 1, problem: /empty/ },
    { name: 'blank input', raw: '  \n\r\n\t', line: 1, problem: /empty/ },
    { name: 'only boilerplate', raw: 'اظهار أخبار متعلقة\n', line: 1, problem: /no paragraphs/ },
    { name: 'a NUL byte', raw: 'جملة.\nنص\u0000ثنائي.', line: 2, problem: /NUL/ },
    { name: 'a control character', raw: 'جملة.\n\nنص\u0007.', line: 3, problem: /U\+0007/ },
    { name: 'a replacement character from bad UTF-8', raw: 'جملة \uFFFD.', line: 1, problem: /U\+FFFD/ },
    { name: 'a lone surrogate', raw: 'جملة.\nنص \uD800.', line: 2, problem: /U\+D800/ },
    {
      name: 'a heading at the end',
      raw: 'جملة.\nالعنوان الأخير',
      line: 2,
      problem: /العنوان الأخير.*no paragraph/,
    },
    {
      name: 'a heading followed by a heading',
      raw: 'جملة.\nعنوان أول\nعنوان ثان\nنص.',
      line: 2,
      problem: /عنوان أول/,
    },
    { name: 'only a heading', raw: 'عنوان\n', line: 1, problem: /no paragraph/ },
    {
      name: 'a heading used twice (the article file could not hold both sections)',
      raw: 'الخلفية\nنص أول.\nالتفاصيل\nنص.\nالخلفية\nنص آخر.',
      line: 5,
      problem: /'الخلفية' is already a heading at line 1/,
    },
    {
      name: 'a heading named like the untitled opening',
      raw: 'جملة أولى.\nمقدمة\nنص.',
      line: 2,
      problem: /'مقدمة' is the title given to the untitled opening/,
    },
    { name: 'a lone CR line break before a NUL byte', raw: 'جملة.\rنص\u0000.', line: 2, problem: /NUL/ },
    {
      name: 'a paragraph that reads as Markdown',
      raw: 'جملة.\n\n## نص يبدأ بعلامة عنوان.',
      line: 3,
      problem: /'#'/,
    },
  ])('rejects $name with the line', ({ raw, line, problem }) => {
    const error = ingestFailure(raw);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain(`line ${line}`);
  });

  it.each([
    { name: 'a blank title', meta: { title: ' ' } },
    { name: 'an alias group of one name', meta: { title: 'عنوان', aliases: [['روسيا']] } },
    { name: 'a blank alias name', meta: { title: 'عنوان', aliases: [['روسيا', '']] } },
    { name: 'a control character in the title', meta: { title: 'عنوان\u0007' } },
    { name: 'a NUL byte in the source', meta: { title: 'عنوان', source: 'رويترز\u0000' } },
  ])('rejects metadata with $name', ({ meta }) => {
    expect(() => ingestRawText('جملة.', meta)).toThrow(ArticleMetaError);
  });
});
