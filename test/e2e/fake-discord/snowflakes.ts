/** Discord counts snowflake timestamps from the first second of 2015. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
/** A fixed creation time keeps ids, and so every recorded payload, identical from run to run. */
const FAKE_CREATION_MS = 1_735_689_600_000n; // 2025-01-01T00:00:00Z

/**
 * Hands out valid, strictly increasing snowflakes. discord.js derives creation
 * dates from ids, so they must carry a plausible timestamp, not just be unique.
 */
export function createSnowflakeSequence(): () => string {
  let increment = 0n;
  return () => {
    increment += 1n;
    return (((FAKE_CREATION_MS - DISCORD_EPOCH_MS) << 22n) | increment).toString();
  };
}
