import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { devNull } from 'node:os';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DEFAULT_WAIT_MS, EventLog } from '../fake-discord/event-log.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** One line the script printed on stdout; pino lines are JSON, so they are parsed too. */
export interface OutputLine {
  readonly text: string;
  readonly json: Readonly<Record<string, unknown>> | null;
}

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * A TypeScript entry point of the project run as its own Node process
 * (`node --import tsx <script>`), the way it runs in production, seeing
 * exactly the configuration the test gives it.
 */
export class ScriptProcess {
  readonly stdout = new EventLog<OutputLine>();
  readonly #stderr: string[] = [];
  readonly #child: ChildProcessByStdio<null, Readable, Readable>;
  readonly #exit: Promise<ExitStatus>;

  constructor(script: string, env: Readonly<Record<string, string>>) {
    this.#child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: REPO_ROOT,
      env: { ...isolatedEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // 'close' rather than 'exit': by then every line the script printed has been read.
    this.#exit = once(this.#child, 'close').then(([code, signal]) => ({
      code: code as number | null,
      signal: signal as NodeJS.Signals | null,
    }));
    createInterface({ input: this.#child.stdout }).on('line', (text) => {
      this.stdout.append({ text, json: parseJsonLine(text) });
    });
    this.#child.stderr.setEncoding('utf8').on('data', (chunk: string) => this.#stderr.push(chunk));
  }

  get stderr(): string {
    return this.#stderr.join('');
  }

  /** Everything the script printed, for failure messages. */
  get output(): string {
    return [...this.stdout.entries.map((line) => line.text), this.stderr].join('\n');
  }

  /** The operating system's id of the process (Node itself: no shell in between), e.g. to read its memory. */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  get running(): boolean {
    return this.#child.exitCode === null && this.#child.signalCode === null;
  }

  /**
   * The first pino log line whose `msg` is `message`. Fails fast, with what the
   * script printed, if it exits first or the bound runs out.
   */
  async waitForLog(message: string, timeoutMs = DEFAULT_WAIT_MS): Promise<OutputLine> {
    const what = `the log line "${message}"`;
    const lineOrExit = await Promise.race([
      this.stdout.waitFor((line) => line.json?.msg === message, what, timeoutMs),
      this.#exit,
    ]).catch((error: unknown) => new Error(`${(error as Error).message}. Output:\n${this.output}`));
    if (lineOrExit instanceof Error) throw lineOrExit;
    if ('text' in lineOrExit) return lineOrExit;
    throw new Error(
      `The script exited (${describeExit(lineOrExit)}) before ${what}. Output:\n${this.output}`,
    );
  }

  /** Resolves when the process exits; rejects with its output if it has not within the bound. */
  waitForExit(timeoutMs = DEFAULT_WAIT_MS): Promise<ExitStatus> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The script did not exit within ${timeoutMs} ms. Output:\n${this.output}`)),
        timeoutMs,
      );
    });
    return Promise.race([this.#exit, timeout]).finally(() => clearTimeout(timer));
  }

  /** SIGTERM, as a process manager stops the bot, then the exit it leads to. */
  stop(timeoutMs = DEFAULT_WAIT_MS): Promise<ExitStatus> {
    if (this.running) this.#child.kill('SIGTERM');
    return this.waitForExit(timeoutMs);
  }
}

/** What Node and tsx need from the test's environment; nothing that could configure the bot. */
const INHERITED_KEYS = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SYSTEMROOT', 'LANG'];

/**
 * Only the basics are inherited, and dotenv is pointed at an empty file, so
 * neither the developer's shell nor their `.env` (which may hold a real
 * token) can reach a script under test.
 */
function isolatedEnv(): Record<string, string> {
  const env: Record<string, string> = { DOTENV_CONFIG_PATH: devNull };
  for (const key of INHERITED_KEYS) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

function describeExit({ code, signal }: ExitStatus): string {
  return signal === null ? `code ${code}` : `signal ${signal}`;
}

function parseJsonLine(text: string): Readonly<Record<string, unknown>> | null {
  if (!text.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
