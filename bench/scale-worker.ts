/** Child-process entry for one scaling point: `--size N --system iqtibas|bm25`, prints one JSON object. */
import { parseArgs } from 'node:util';
import { runScalePoint, SCALE_SYSTEMS, type ScaleSystem } from './scale-point.js';

try {
  const { values } = parseArgs({ options: { size: { type: 'string' }, system: { type: 'string' } } });
  const size = Number(values.size);
  const system = values.system ?? '';
  if (!(Number.isInteger(size) && size > 0))
    throw new Error(`--size must be a positive integer, got '${values.size}'`);
  if (!(system in SCALE_SYSTEMS))
    throw new Error(`--system must be one of ${Object.keys(SCALE_SYSTEMS).join(', ')}`);
  process.stdout.write(`${JSON.stringify(await runScalePoint(size, system as ScaleSystem))}\n`);
} catch (error) {
  process.stderr.write(`scale worker: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
