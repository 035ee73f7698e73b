import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stub received. */
export interface StubRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface StubResponse {
  readonly status: number;
  readonly body: unknown;
}

/**
 * A loopback HTTP server that answers every request the same way and records
 * it: a Discord that refuses the token (401), fails (500), or only counts
 * who knocked. Unlike the fake Discord it implements nothing, which is the
 * point: a process under test that reaches it has nothing to succeed with.
 */
export class StubHttpServer {
  readonly requests: StubRequest[] = [];
  readonly #server: Server;

  private constructor(response: StubResponse) {
    this.#server = createServer((request, reply) => {
      this.requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
      // Drain the body so the client is never left waiting to send it.
      request.resume();
      request.on('end', () => {
        reply.writeHead(response.status, { 'content-type': 'application/json', connection: 'close' });
        reply.end(JSON.stringify(response.body));
      });
    });
  }

  static async start(response: StubResponse): Promise<StubHttpServer> {
    const stub = new StubHttpServer(response);
    stub.#server.listen(0, '127.0.0.1');
    await once(stub.#server, 'listening');
    return stub;
  }

  /** The REST base to give as DISCORD_API_URL (discord.js appends /v10). */
  get apiUrl(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/api`;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    this.#server.close();
    await once(this.#server, 'close');
  }
}

/** Discord's answers, as its API sends them. */
export const UNAUTHORIZED: StubResponse = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
export const SERVER_ERROR: StubResponse = {
  status: 500,
  body: { message: 'Internal Server Error', code: 0 },
};
