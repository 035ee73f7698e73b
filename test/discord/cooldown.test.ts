import { describe, expect, it } from 'vitest';
import { createCooldown } from '../../src/discord/cooldown.js';

function clockAt(start: number) {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

describe('createCooldown', () => {
  it('lets a user use a command once, then asks them to wait out the rest of the cooldown', () => {
    const clock = clockAt(1000);
    const cooldown = createCooldown(3000, clock.now);
    expect(cooldown.take('u1', 'ask')).toEqual({ allowed: true });
    clock.time += 1200;
    expect(cooldown.take('u1', 'ask')).toEqual({ allowed: false, retryAfterMs: 1800 });
    clock.time += 1800;
    expect(cooldown.take('u1', 'ask')).toEqual({ allowed: true });
  });

  it('keeps users and commands apart', () => {
    const cooldown = createCooldown(3000, clockAt(0).now);
    expect(cooldown.take('u1', 'ask').allowed).toBe(true);
    expect(cooldown.take('u2', 'ask').allowed).toBe(true);
    expect(cooldown.take('u1', 'search').allowed).toBe(true);
    expect(cooldown.take('u1', 'ask').allowed).toBe(false);
  });

  it('does not restart the wait when a refused user tries again', () => {
    const clock = clockAt(0);
    const cooldown = createCooldown(3000, clock.now);
    cooldown.take('u1', 'ask');
    clock.time = 2999;
    expect(cooldown.take('u1', 'ask').allowed).toBe(false);
    clock.time = 3000;
    expect(cooldown.take('u1', 'ask').allowed).toBe(true);
  });

  it('is off at zero seconds', () => {
    const cooldown = createCooldown(0, clockAt(0).now);
    expect(cooldown.take('u1', 'ask').allowed).toBe(true);
    expect(cooldown.take('u1', 'ask').allowed).toBe(true);
  });

  it('forgets expired entries once many users have come and gone, and still remembers current ones', () => {
    const clock = clockAt(0);
    const cooldown = createCooldown(1000, clock.now);
    for (let user = 0; user < 10_000; user += 1) cooldown.take(`old${user}`, 'ask');
    clock.time = 5000;
    cooldown.take('recent', 'ask');
    for (let user = 0; user < 10_000; user += 1) cooldown.take(`new${user}`, 'ask');
    expect(cooldown.take('recent', 'ask').allowed).toBe(false);
    expect(cooldown.take('old1', 'ask').allowed).toBe(true);
  });
});
