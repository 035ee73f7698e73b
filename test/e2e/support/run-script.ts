import { createServer } from 'node:net';
import { type ExitStatus, ScriptProcess } from './script-process.js';

/** Starting tsx and loading the articles takes a few seconds, more on a loaded CI machine; a hang fails well before the test timeout. */
export const EXIT_WAIT_MS = 30_000;

export interface FinishedScript {
  readonly exit: ExitStatus;
  readonly stdout: string;
  readonly stderr: string;
  /** Every character the process wrote, stdout and stderr. */
  readonly output: string;
  /** The pino lines on stdout, parsed. */
  readonly logLines: readonly Readonly<Record<string, unknown>>[];
}

/** Runs a project entry point to its end, with `env` as its whole configuration; kills it if it outlives the bound. */
export async function runScript(
  script: string,
  env: Readonly<Record<string, string>>,
): Promise<FinishedScript> {
  const child = new ScriptProcess(script, env);
  try {
    const exit = await child.waitForExit(EXIT_WAIT_MS);
    const lines = child.stdout.entries;
    return {
      exit,
      stdout: lines.map((line) => line.text).join('\n'),
      stderr: child.stderr,
      output: child.output,
      logLines: lines.flatMap((line) => (line.json === null ? [] : [line.json])),
    };
  } finally {
    if (child.running) await child.stop().catch(() => undefined);
  }
}

/** A loopback port nothing listens on (it was free a moment ago), for "Discord is unreachable". */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return address.port;
}
