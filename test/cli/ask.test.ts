import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type AskJson, runAskCli } from '../../src/cli/ask.js';

async function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAskCli(
    argv,
    { stdout: (line) => out.push(line), stderr: (line) => err.push(line) },
    Readable.from([stdin]),
  );
  return { code, out, err };
}

const emptyDir = mkdtempSync(join(tmpdir(), 'iqtibas-empty-'));
const badDir = mkdtempSync(join(tmpdir(), 'iqtibas-bad-'));
writeFileSync(join(badDir, 'broken.md'), '## no front matter\n\ntext\n');
afterAll(() => {
  rmSync(emptyDir, { recursive: true, force: true });
  rmSync(badDir, { recursive: true, force: true });
});

describe('npm run ask', () => {
  it('prints the best answers with section, paragraph number and score', async () => {
    const { code, out } = await run(['متى التقى كيم وبوتين لأول مرة؟']);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('العلاقة تاريخيا · الفقرة 6');
    expect(text).toContain('التقى بوتين عام 2019 للمرة الأولى');
    expect(text).toMatch(/score \d\.\d{3}/);
  });

  it('says plainly when the article has no answer', async () => {
    const { code, out } = await run(['من فاز بكأس العالم 2022؟']);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('No answer in the article');
  });

  it('echoes a question to the terminal without the control sequences it carried', async () => {
    const { code, out } = await run(['--', '\u001B]0;pwned\u0007\u001B[2Jمن فاز بكأس العالم؟']);
    expect(code).toBe(0);
    expect(out[0]).toBe('❓ ]0;pwned[2Jمن فاز بكأس العالم؟');
    const controls = [...out.join('')].filter((character) => (character.codePointAt(0) ?? 0) < 0x20);
    expect(controls).toEqual([]);
  });

  it('prints one JSON object in the documented shape with --json', async () => {
    const { out } = await run(['--json', '--top', '2', 'شويجو']);
    expect(out).toHaveLength(1);
    const parsed = JSON.parse(out[0] ?? '') as AskJson;
    expect(parsed.query).toBe('شويجو');
    expect(parsed.results.length).toBeGreaterThan(0);
    expect(parsed.results.length).toBeLessThanOrEqual(2);
    expect(Object.keys(parsed.results[0] ?? {}).sort()).toEqual([
      'article',
      'excerpt',
      'paragraph',
      'score',
      'section',
    ]);
    expect(parsed.results[0]).toMatchObject({
      article: 'kim-putin-alliance',
      section: 'موقفها من الحرب',
      paragraph: 6,
    });
  });

  it('answers one JSON line per stdin line, in order, empty lines included', async () => {
    const { code, out } = await run(['--stdin', '--json'], 'شويجو\n\nمن فاز بكأس العالم؟\n');
    expect(code).toBe(0);
    const lines = out.map((line) => JSON.parse(line) as AskJson);
    expect(lines.map((line) => line.query)).toEqual(['شويجو', '', 'من فاز بكأس العالم؟']);
    expect(lines[0]?.results.length).toBeGreaterThan(0);
    expect(lines[1]?.results).toEqual([]);
    expect(lines[2]?.results).toEqual([]);
  });

  it.each([
    [['--top', '0', 'سؤال'], '--top'],
    [['--top', 'x', 'سؤال'], '--top'],
    [['--nope', 'سؤال'], 'nope'],
    [[], 'expected one question'],
    [['a', 'b'], 'expected one question'],
    [['--stdin', 'سؤال'], 'not both'],
  ])('rejects bad flags %j with exit code 2 and a clear message', async (argv, message) => {
    const { code, err, out } = await run(argv);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(message);
  });

  it.each([
    ['a missing folder', '/nonexistent/iqtibas'],
    ['an empty folder', emptyDir],
    ['a folder with a malformed article', badDir],
  ])('exits with code 2 and names the problem for %s', async (_case, dir) => {
    const { code, err } = await run(['--data', dir, 'سؤال']);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/^ask: .+/);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });
});
