/**
 * The scaling curve: ~2k, 20k and 200k passages, each (size, system) pair
 * measured in its own child process so that one run's heap and RSS do not
 * leak into the next one's figures.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { progress } from './progress.js';
import { SCALE_SYSTEMS, type ScalePointRun, type ScaleSystem } from './scale-point.js';

export const DEFAULT_SIZES: readonly number[] = [2_000, 20_000, 200_000];

const WORKER = fileURLToPath(new URL('./scale-worker.ts', import.meta.url));

export interface ScalePoint {
  /** The size asked for; `passages` in each run is the size actually built. */
  readonly size: number;
  readonly systems: readonly ScalePointRun[];
}

export interface ScaleRun {
  readonly points: readonly ScalePoint[];
}

export async function runScale(sizes: readonly number[] = DEFAULT_SIZES): Promise<ScaleRun> {
  const points: ScalePoint[] = [];
  for (const size of sizes) {
    const systems: ScalePointRun[] = [];
    for (const system of Object.keys(SCALE_SYSTEMS) as ScaleSystem[]) {
      progress(`scale ${size}: ${system}`);
      systems.push(await runWorker(size, system));
    }
    points.push({ size, systems });
  }
  return { points };
}

/** Same node flags as this process (--expose-gc, the tsx loader); the child's stderr passes through. */
function runWorker(size: number, system: ScaleSystem): Promise<ScalePointRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, WORKER, '--size', String(size), '--system', system],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(output) as ScalePointRun);
      else reject(new Error(`scale worker for ${system} at ${size} passages exited with code ${code}`));
    });
  });
}
