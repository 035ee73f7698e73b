import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/discord/logger.js';
import { describeRestError, tokenFreePath } from '../../src/discord/rest-error.js';
import { textLines } from './helpers/log-lines.js';

/** An interaction token as Discord issues them: it can post as the bot for 15 minutes. */
const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5OmxvbmctbGl2ZWQtc2VjcmV0';
const API = 'https://discord.com/api/v10';
const EDIT_URL = `${API}/webhooks/111111111111111111/${TOKEN}/messages/%40original`;
const CALLBACK_URL = `${API}/interactions/222222222222222222/${TOKEN}/callback?with_response=false`;
/** What the user typed, carried by the request body: not the log's business. */
const USER_TEXT = 'سؤال خاص جدا';
const BODY = { files: undefined, body: { content: USER_TEXT } };

const invalidFormBody = new DiscordAPIError(
  {
    code: 50035,
    message: 'Invalid Form Body',
    errors: {
      data: {
        content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] },
      },
    },
  },
  50035,
  400,
  'POST',
  CALLBACK_URL,
  BODY,
);

function capture() {
  const { lines, stream } = textLines();
  return { lines, logger: createLogger('info', stream) };
}

describe('REST errors in the log', () => {
  it('take interaction tokens out of callback and webhook paths', () => {
    expect(tokenFreePath(EDIT_URL)).toBe('/webhooks/111111111111111111/:token/messages/@original');
    expect(tokenFreePath(CALLBACK_URL)).toBe('/interactions/222222222222222222/:token/callback');
    expect(tokenFreePath('/interactions/:id/:token/callback')).toBe('/interactions/:id/:token/callback');
    expect(tokenFreePath(`${API}/applications/1/commands`)).toBe('/applications/1/commands');
  });

  it('keep Discord’s reason for a refusal: status, JSON code, message and the field at fault', () => {
    expect(describeRestError(invalidFormBody)).toMatchObject({
      type: 'DiscordAPIError[50035]',
      status: 400,
      code: 50035,
      method: 'POST',
      path: '/interactions/222222222222222222/:token/callback',
      message: expect.stringContaining(
        'data.content[BASE_TYPE_MAX_LENGTH]: Must be 2000 or fewer in length.',
      ),
    });
  });

  it('keep the status of a server error and the limits of a rate limit', () => {
    const serverError = new HTTPError(503, 'Service Unavailable', 'PATCH', EDIT_URL, BODY);
    expect(describeRestError(serverError)).toMatchObject({
      type: 'HTTPError',
      status: 503,
      message: 'Service Unavailable',
      method: 'PATCH',
      path: '/webhooks/111111111111111111/:token/messages/@original',
    });
    const rateLimit = new RateLimitError({
      timeToReset: 250,
      limit: 5,
      method: 'PATCH',
      hash: 'bucket',
      url: EDIT_URL,
      route: '/webhooks/:id/:token/messages/:id',
      majorParameter: `111111111111111111/${TOKEN}`,
      global: false,
      retryAfter: 250,
      sublimitTimeout: 0,
      scope: 'user',
    });
    expect(describeRestError(rateLimit)).toMatchObject({ status: 429, retryAfterMs: 250, scope: 'user' });
    expect(JSON.stringify(describeRestError(rateLimit))).not.toContain(TOKEN);
  });

  it('are not what other errors become', () => {
    expect(describeRestError(new Error('plain'))).toBeUndefined();
    expect(describeRestError('a string')).toBeUndefined();
  });

  it('are logged with the reason but without the token or the request body', () => {
    const { lines, logger } = capture();
    logger.error({ err: invalidFormBody }, 'interaction failed');
    logger.error(
      { err: new HTTPError(500, 'Internal Server Error', 'PATCH', EDIT_URL, BODY) },
      'interaction failed',
    );
    const output = lines.join('\n');
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(USER_TEXT);
    expect(JSON.parse(lines[0] ?? '').err).toMatchObject({ status: 400, code: 50035 });
    expect(JSON.parse(lines[1] ?? '').err).toMatchObject({ status: 500, type: 'HTTPError' });
  });

  it('leave every other error to the standard serializer', () => {
    const { lines, logger } = capture();
    logger.error({ err: new TypeError('not a REST error') }, 'interaction failed');
    expect(JSON.parse(lines[0] ?? '').err).toMatchObject({ type: 'TypeError', message: 'not a REST error' });
  });
});
