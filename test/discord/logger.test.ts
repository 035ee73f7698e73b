import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/discord/logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

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

  it('drops events below the configured level', () => {
    const { lines, stream } = capture();
    const logger = createLogger('warn', stream);
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['shown']);
  });
});
