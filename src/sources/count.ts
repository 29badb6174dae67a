/**
 * How many articles a list of inputs holds, for a progress bar's total: files in directories
 * (as `readSources` walks them), the records of JSONL files, one per URL. Null when it cannot
 * be known before reading (standard input).
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOfPath } from './formats.js';

export async function countInputs(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-') return null;
    if (/^https?:\/\//i.test(input)) total++;
    else total += await countPath(input, true);
  }
  return total;
}

async function countPath(path: string, explicit: boolean): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch {
    // An input that does not exist still gets a (failed) record.
    return 1;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path).catch(() => [] as string[])).filter((name) => !name.startsWith('.'));
    let total = 0;
    for (const name of names) total += await countPath(join(path, name), false);
    return total;
  }
  const format = formatOfPath(path);
  if (format === null) return explicit ? 1 : 0;
  if (format.format !== 'jsonl' || format.gzip) return 1;
  return Math.max(1, await countLines(path));
}

/** Lines of a file, counted over its bytes as they stream (a JSONL export may be larger than a string can be). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
      if (chunk.length > 0) last = chunk[chunk.length - 1]!;
    }
  } catch {
    return 0;
  }
  return last === 0x0a ? lines : lines + 1;
}
