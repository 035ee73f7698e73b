/**
 * A full garbage collection in the bot process before its memory is read.
 * Right after a round, the bot's resident size mostly measures how much
 * garbage V8 has not collected yet (the same run reads 220 MB one time and
 * 300 MB the next), which hides a leak rather than showing one. The bot runs
 * with Node's inspector on a loopback port the OS picks; one short DevTools
 * session asks it to collect, reads its heap figures, and disconnects (a
 * session left open would keep the process from exiting).
 */
import { WebSocket } from 'ws';

/** `--inspect` on 127.0.0.1 and an OS-picked port; Node prints the URL to stderr. */
export const INSPECT_OPTION = '--inspect=127.0.0.1:0';
const INSPECTOR_URL = /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/;
const SESSION_TIMEOUT_MS = 10_000;

export interface HeapFigures {
  /** JS heap in use plus memory held outside it (buffers, typed arrays), after a full collection. */
  readonly heapBytes: number;
}

export function inspectorUrl(stderr: string): string {
  const match = INSPECTOR_URL.exec(stderr);
  if (match === null) throw new Error(`the bot did not print an inspector URL; its stderr:\n${stderr}`);
  return match[1] as string;
}

/** Collects garbage in the process behind `url` and returns its heap figures. */
export async function collectGarbage(url: string): Promise<HeapFigures> {
  const socket = new WebSocket(url);
  try {
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const call = devtoolsCaller(socket);
    await call('HeapProfiler.collectGarbage');
    const result = (await call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })) as { result?: { value?: unknown } };
    const usage = JSON.parse(String(result.result?.value)) as { heapUsed: number; external: number };
    return { heapBytes: usage.heapUsed + usage.external };
  } finally {
    socket.close();
  }
}

/** Sends DevTools protocol calls over `socket`, one at a time, each answered by id. */
function devtoolsCaller(socket: WebSocket) {
  let nextId = 0;
  return (method: string, params: object = {}): Promise<unknown> => {
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.off('message', onMessage);
        reject(new Error(`the bot's inspector did not answer ${method} within ${SESSION_TIMEOUT_MS} ms`));
      }, SESSION_TIMEOUT_MS);
      const onMessage = (raw: Buffer) => {
        const message = JSON.parse(raw.toString()) as { id?: number; result?: unknown; error?: unknown };
        if (message.id !== id) return;
        clearTimeout(timer);
        socket.off('message', onMessage);
        if (message.error === undefined) resolve(message.result);
        else reject(new Error(`${method} failed: ${JSON.stringify(message.error)}`));
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  };
}
