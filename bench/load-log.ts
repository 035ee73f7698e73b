/**
 * The bot's own account of a load run, from its JSON log: the router writes
 * one line per interaction once the handler (and every request it made) is
 * done, `interaction` with the latency, or `interaction failed`.
 */
import type { OutputLine, ScriptProcess } from '../test/e2e/support/script-process.js';

/** pino's numeric level for `warn`; `error` and `fatal` are above it. */
export const PINO_WARN = 40;

const HANDLED = new Set(['interaction', 'interaction failed']);

export function isHandledLine(line: OutputLine): boolean {
  return typeof line.json?.msg === 'string' && HANDLED.has(line.json.msg);
}

/**
 * Resolves once `count` handled-interaction lines have been printed since
 * line `from`. Counting is incremental (each line is looked at once), and
 * event driven: it is re-checked as each new line arrives.
 */
export async function waitForHandledLines(
  bot: ScriptProcess,
  from: number,
  count: number,
  timeoutMs: number,
): Promise<void> {
  let scanned = from;
  let seen = 0;
  const enough = () => {
    const lines = bot.stdout.entries;
    for (; scanned < lines.length; scanned++) if (isHandledLine(lines[scanned] as OutputLine)) seen++;
    return seen >= count;
  };
  if (enough()) return;
  await bot.stdout.waitFor(enough, `${count} interaction log lines`, timeoutMs);
}
