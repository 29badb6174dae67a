/**
 * Analysis in worker threads (piscina), so that on a machine with cores to spare the analysis
 * of the next articles overlaps storing the last: the store writes from one thread, in input
 * order, while the pool analyzes ahead.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalyzerDescription } from '../analyze.js';
import type { ArticleOptions } from '../articles/index.js';
import type { AnalysisResult } from '../document/contract.js';
import type { RawDocument } from '../sources/types.js';
import type { AnalyzeTask } from './analyze-worker.js';

/**
 * The worker's file: beside this module once compiled (dist/corpus/), under corpus/ next to the
 * bundled CLI's chunks (dist/), or the TypeScript source when run from src/ through tsx.
 */
function workerFile(): { filename: string; execArgv: string[] } {
  for (const relative of ['./analyze-worker.js', './corpus/analyze-worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(url)) return { filename: fileURLToPath(url), execArgv: [] };
  }
  return { filename: fileURLToPath(new URL('./analyze-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}

export class AnalyzerPool {
  private readonly pool: Piscina;

  private constructor(pool: Piscina, readonly info: AnalyzerDescription) {
    this.pool = pool;
  }

  /** Starts `threads` workers, each loading the analyzer from `dataDir`; a bad data folder fails here, naming the file. */
  static async start(threads: number, dataDir?: string | URL): Promise<AnalyzerPool> {
    const { filename, execArgv } = workerFile();
    const pool = new Piscina({
      filename,
      execArgv,
      minThreads: threads,
      maxThreads: threads,
      workerData: { dataDir: dataDir === undefined ? undefined : String(dataDir) },
    });
    // A worker that dies is replaced and its task rejected (and that article recorded as failed); without a listener the event would end the process.
    pool.on('error', () => {});
    try {
      return new AnalyzerPool(pool, (await pool.run(null, { name: 'describe' })) as AnalyzerDescription);
    } catch (error) {
      await pool.destroy();
      throw error;
    }
  }

  /** How many articles to keep in flight so that no worker waits. */
  get window(): number {
    return this.pool.options.maxThreads * 4;
  }

  async analyzeRaw(raw: RawDocument, options: ArticleOptions = {}): Promise<AnalysisResult> {
    const task: AnalyzeTask = { raw, options };
    return JSON.parse((await this.pool.run(task)) as string) as AnalysisResult;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
