import { pathToFileURL } from 'node:url';

/** Where a command writes; the process streams in production, arrays in tests. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The command line asks for something impossible: exit code 2. */
export class UsageError extends Error {}

/** The first line of an error's message: enough for a user, never a stack trace. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Run a command when its module is the script node was started with (and not
 * when a test imports it), setting the process's exit code from its result.
 * A closed pipe (`npm run ask … | head`) ends the command quietly, as Unix
 * tools do, instead of crashing on EPIPE.
 */
export async function runIfMain(
  moduleUrl: string,
  command: (argv: readonly string[]) => Promise<number>,
): Promise<void> {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(EXIT_OK);
  });
  process.exitCode = await command(process.argv.slice(2));
}
