/** The load run as text: the figures per round, the bot's memory, and what went wrong, if anything. */

import type { LoadRun } from './load.js';
import type { Findings, RoundAudit } from './load-audit.js';
import type { MemoryReading } from './load-memory.js';
import type { RoundResult } from './load-round.js';
import type { LatencySummary } from './load-stats.js';
import { renderTable } from './table.js';

const MIB = 2 ** 20;
const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(0));
const mib = (bytes: number | null) => (bytes === null ? '–' : (bytes / MIB).toFixed(1));
const growth = (from: number | null, to: number | null) =>
  from === null || to === null ? '–' : `${to >= from ? '+' : ''}${((to - from) / MIB).toFixed(1)}`;

export function loadReport(run: LoadRun): string {
  const { mix } = run;
  return [
    `Load: ${run.count} /ask per round, twice, through the fake Discord to the bot process ` +
      `(${mix.answerable} answerable, ${mix.offTopic} off-topic, ${mix.hostile} hostile; ` +
      `${mix.hidden} hidden, ${mix.mentions} mentioning someone), each from its own member, ` +
      `sent as fast as the bot acknowledges them (at most ${run.window} awaiting acknowledgement).`,
    roundsTable(run.rounds),
    'ack = dispatch → callback; end to end = dispatch → the final answer (the edit, when deferred), both as ' +
      "the fake saw them; handler = the router's own latencyMs (whole ms), receipt → the handler's last call.",
    'Latencies include the queue: up to the window of interactions wait on the bot at once, on a machine ' +
      'whose cores the fake Discord shares.',
    memoryTable(run.memory.ready, run.memory.afterRound),
    'Memory after a full garbage collection in the bot (through its inspector); RSS from /proc/<pid>/status.',
    ...run.rounds.flatMap((round, index) => findingsReport(`round ${index + 1}`, round.audit)),
  ].join('\n');
}

function roundsTable(rounds: readonly RoundResult[]): string {
  const latency = (label: string, pick: (round: RoundResult) => LatencySummary): string[][] => [
    [`${label} p50 (ms)`, ...rounds.map((r) => ms(pick(r).p50Ms))],
    [`${label} p99 (ms)`, ...rounds.map((r) => ms(pick(r).p99Ms))],
  ];
  const rows = [
    ['answered', ...rounds.map((r) => `${r.answered}/${r.count}`)],
    ['wall (s)', ...rounds.map((r) => (r.wallMs / 1000).toFixed(1))],
    ['throughput (answers/s)', ...rounds.map((r) => r.throughput.toFixed(1))],
    ...latency('ack', (r) => r.ack),
    ...latency('end to end', (r) => r.answer),
    ...latency('handler', (r) => r.handler),
  ];
  return renderTable(['metric', ...rounds.map((_, index) => `round ${index + 1}`)], rows);
}

function memoryTable(ready: MemoryReading, afterRound: readonly MemoryReading[]): string {
  const [first, second] = afterRound;
  const row = (label: string, pick: (reading: MemoryReading) => number | null) => [
    label,
    mib(pick(ready)),
    ...afterRound.map((reading) => mib(pick(reading))),
    first === undefined || second === undefined ? '–' : growth(pick(first), pick(second)),
  ];
  return renderTable(
    ['memory (MiB)', 'ready', ...afterRound.map((_, index) => `after round ${index + 1}`), 'round 1 → 2'],
    [row('RSS', (reading) => reading.rssBytes), row('heap', (reading) => reading.heapBytes)],
  );
}

function findingsReport(where: string, audit: RoundAudit): string[] {
  return Object.entries(audit).flatMap(([name, finding]: [string, Findings]) =>
    finding.count === 0
      ? []
      : [`${where}: ${finding.count} ${name}, e.g.`, ...finding.examples.map((example) => `  ${example}`)],
  );
}
