import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core (Arabic analysis, corpus, search) is plain TypeScript: values in, values out.
// Discord, the environment and the console belong to the layers around it.
const CORE_FOLDERS = ['src/text', 'src/corpus', 'src/search'];

const FORBIDDEN: readonly [RegExp, string][] = [
  [/from ['"]discord\.js['"]|from ['"]@discordjs\//, 'imports discord.js'],
  [/\bprocess\.env\b/, 'reads process.env'],
  [/\bconsole\.[a-z]+\(/, 'writes to the console'],
  [/from ['"]\.\.\/(discord|cli)\//, 'imports the Discord or CLI layer'],
];

function coreFiles(): string[] {
  return CORE_FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(folder, name)),
  );
}

describe('core boundaries', () => {
  it('finds the core files', () => {
    expect(coreFiles().length).toBeGreaterThan(20);
  });

  it.each(coreFiles())('%s stays free of Discord, environment and console', (file) => {
    const source = readFileSync(file, 'utf8');
    const violations = FORBIDDEN.filter(([pattern]) => pattern.test(source)).map(([, what]) => what);
    expect(violations).toEqual([]);
  });
});
