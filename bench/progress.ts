/** Progress goes to stderr so that stdout carries only the report (or the `--json` object). */
export function progress(message: string): void {
  process.stderr.write(`… ${message}\n`);
}
