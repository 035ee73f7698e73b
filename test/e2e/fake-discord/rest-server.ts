import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventLog } from './event-log.js';
import { faultResponse, type RestFault, type RestFaults } from './faults.js';
import { type RequestBody, readRequestBody, type UploadedFile } from './request-body.js';
import { discordError, type RestResponse, type RestRoute } from './rest-api.js';
import { matchRoute, type RouteParams } from './route-pattern.js';

/** The base path handed to the bot; discord.js puts the API version after it. */
export const API_BASE_PATH = '/api';
const API_PREFIX = `${API_BASE_PATH}/v10`;

/** One REST call the fake received, with what it answered. */
export interface RecordedRequest {
  readonly method: string;
  /** The path below `/api/v10`, without the query string. */
  readonly path: string;
  /** `METHOD /pattern` of the route that served it; null for an unknown route. */
  readonly route: string | null;
  readonly params: RouteParams;
  readonly query: URLSearchParams;
  readonly json: unknown;
  readonly files: readonly UploadedFile[];
  readonly status: number;
  /** What the fake answered: Discord's JSON, or undefined for an empty (204) answer. */
  readonly response: unknown;
  /** The scripted fault that shaped the answer, if one fired. */
  readonly fault?: RestFault;
}

/**
 * Serves Discord's REST API from a route table and records every call, known
 * or not, so tests can assert both what the bot did and that it called
 * nothing the fake does not know. A fault scripted in `faults` for a route
 * replaces the answer, or holds the request before serving it.
 */
export function createRestHandler(
  routes: readonly RestRoute[],
  requests: EventLog<RecordedRequest>,
  faults: RestFaults,
) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://fake-discord.invalid');
    const method = request.method ?? 'GET';
    const path = url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : null;
    const matched = path === null ? null : findRoute(routes, method, path);

    const body = await readRequestBody(request).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
    const fault = matched === null ? undefined : faults.take(routeName(matched.route), matched.params);
    if (fault?.kind === 'delay') await sleep(fault.ms);
    const result =
      fault !== undefined && fault.kind !== 'delay'
        ? faultResponse(fault)
        : body instanceof Error
          ? unreadable(body)
          : respond(matched, url, body, request);

    requests.append({
      method,
      path: path ?? url.pathname,
      route: matched === null ? null : routeName(matched.route),
      params: matched?.params ?? {},
      query: url.searchParams,
      json: body instanceof Error ? undefined : body.json,
      files: body instanceof Error ? [] : body.files,
      status: result.status,
      response: result.body,
      ...(fault === undefined ? {} : { fault }),
    });
    send(response, result);
  };
}

function respond(
  matched: MatchedRoute | null,
  url: URL,
  body: RequestBody,
  request: IncomingMessage,
): RestResponse {
  if (matched === null) return discordError(404, 0, 'Unknown route');
  try {
    return matched.route.handle({
      params: matched.params,
      query: url.searchParams,
      body,
      authorization: request.headers.authorization,
    });
  } catch (error) {
    // A bug in the fake, not in the bot: say so instead of letting it pass as a Discord answer.
    return discordError(500, 0, `The fake Discord failed on this request: ${String(error)}`);
  }
}

function unreadable(error: Error): RestResponse {
  return discordError(400, 50109, `The request body is not valid JSON: ${error.message}`);
}

function routeName(route: RestRoute): string {
  return `${route.method} ${route.pattern}`;
}

interface MatchedRoute {
  readonly route: RestRoute;
  readonly params: RouteParams;
}

function findRoute(routes: readonly RestRoute[], method: string, path: string): MatchedRoute | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchRoute(route.pattern, path);
    if (params !== null) return { route, params };
  }
  return null;
}

function send(response: ServerResponse, { status, body, headers = {} }: RestResponse): void {
  // The fake may have been closed while a delayed request was held.
  if (response.destroyed) return;
  if (body === undefined) {
    response.writeHead(status, headers).end();
    return;
  }
  response.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(body));
}
