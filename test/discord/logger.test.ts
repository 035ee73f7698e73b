import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/discord/logger.js';
import { textLines as capture } from './helpers/log-lines.js';

const TOKEN = 'MTIz.Gabc.never-log-me';

describe('createLogger', () => {
  it('writes one JSON object per event with the message in `msg`', () => {
    const { lines, stream } = capture();
    createLogger('info', stream).info({ command: '/ask', latencyMs: 12 }, 'interaction');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ msg: 'interaction', command: '/ask', latencyMs: 12 });
  });

  it('never writes the bot token or an interaction webhook URL', () => {
    const { lines, stream } = capture();
    const logger = createLogger('info', stream);
    logger.info(
      { token: TOKEN, config: { token: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } },
      'startup',
    );
    const error = Object.assign(new Error('Unknown interaction'), {
      url: `https://discord.com/api/v10/webhooks/1/${TOKEN}/messages/@original`,
    });
    logger.error({ err: error }, 'interaction failed');
    const output = lines.join('\n');
    expect(output).not.toContain(TOKEN);
    expect(output).toContain('Unknown interaction');
    expect(output).toContain('[redacted]');
  });

  it('scrubs a secret it was given wherever it turns up, and the long parts of a bot token', () => {
    const { lines, stream } = capture();
    const token = 'MTk4NjIyNDgzNDcxOTI1MjQ4.Gq1nAr.secret-canary_xyz-0123456789abcdef';
    // The six-character timestamp part is too short to scrub without mangling ordinary text; alone it is harmless.
    const [userIdPart = '', , signaturePart = ''] = token.split('.');
    const logger = createLogger('trace', stream, { secrets: [token] });
    // Places no redaction path names: a message, an unexpected field, an error's text, a header copied into prose.
    logger.info(`connecting with ${token}`);
    logger.debug({ client: { rest: { auth: `Bot ${token}` } }, note: `sig ${signaturePart}` }, 'rest');
    logger.error({ err: new Error(`refused Authorization: Bot ${token}`) }, 'login failed');
    logger.warn({ id: userIdPart }, 'user id part');

    const output = lines.join('\n');
    expect(lines).toHaveLength(4);
    for (const secret of [token, `Bot ${token}`, userIdPart, signaturePart]) {
      expect(output).not.toContain(secret);
    }
    // Every line stays valid JSON, with the rest of its text intact.
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed[0].msg).toBe('connecting with [redacted]');
    expect(parsed[2].err.message).toBe('refused Authorization: Bot [redacted]');
  });

  it('leaves lines alone when it has no secrets', () => {
    const { lines, stream } = capture();
    createLogger('info', stream, { secrets: [''] }).info('plain line');
    expect(JSON.parse(lines[0] ?? '').msg).toBe('plain line');
  });

  it('drops events below the configured level', () => {
    const { lines, stream } = capture();
    const logger = createLogger('warn', stream);
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['shown']);
  });
});
