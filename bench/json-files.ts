/** Reads JSON and JSON-lines files and checks them against a schema, naming the file (and line) of bad input. */
import { readFile } from 'node:fs/promises';
import { prettifyError, type ZodType } from 'zod';

export async function readJson<T>(path: string, schema: ZodType<T>): Promise<T> {
  return parse(await readText(path), path, schema);
}

export async function readJsonl<T>(path: string, schema: ZodType<T>): Promise<T[]> {
  const lines = (await readText(path)).split('\n');
  return lines.flatMap((line, index) =>
    line.trim() === '' ? [] : [parse(line, `${path}:${index + 1}`, schema)],
  );
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function parse<T>(text: string, where: string, schema: ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${where}: ${prettifyError(parsed.error)}`);
  return parsed.data;
}
