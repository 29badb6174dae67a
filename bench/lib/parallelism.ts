/**
 * What the machine itself gives in parallel: the same CPU-bound loop in one process, then in
 * `copies` processes at once; the ratio of their throughput. On a machine whose cores share an
 * execution unit or are throttled (virtual machines often are), two copies run well under twice
 * as fast as one, and no program can do better: the ceiling against which a bench's own ratio
 * is read.
 */
import { spawn } from 'node:child_process';

const LOOP = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; if (x < 0) console.log(x);';

function spin(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', LOOP], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - started));
  });
}

/** Throughput of `copies` loops at once against one loop (median of `rounds` rounds taking turns). */
export async function machineParallelism(copies: number, rounds = 3): Promise<number> {
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const alone = await spin();
    const together = Math.max(...(await Promise.all(Array.from({ length: copies }, spin))));
    ratios.push((copies * alone) / together);
  }
  return ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
}
