/**
 * How many articles a list of inputs holds, for a progress bar's total: files in directories
 * (as `readSources` walks them), the records of JSONL files, one per URL. Null when it cannot
 * be known before reading (standard input).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
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
  const text = await readFile(path, 'utf8').catch(() => '');
  return Math.max(1, text.split('\n').filter((line) => line.trim() !== '').length);
}
