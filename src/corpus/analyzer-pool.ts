/**
 * Analysis in worker threads (piscina): every core analyzes (and, in ingest, the analysis of the
 * next articles overlaps storing the last), and each article has a deadline. JavaScript cannot
 * interrupt a computation in its own thread; a worker thread past its deadline is terminated
 * (piscina starts another), and the article gets an NG_DEADLINE error record.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { failedDocument, type AnalysisOptions, type AnalyzerDescription } from '../analyze.js';
import type { AnalysisResult } from '../document/contract.js';
import { InputError, toInputError } from '../errors.js';
import { ResourceError } from '../resources.js';
import { readSources, type ReadOptions } from '../sources/index.js';
import type { RawDocument } from '../sources/types.js';
import type { AnalyzeTask } from './analyze-worker.js';
import { DEFAULT_DEADLINE_MS } from './threads.js';

/**
 * The worker's file: bundled beside the bundled CLI's chunks (dist/newsgraph-cli-analyze-worker.js,
 * scripts/bundle-cli.mjs), beside this module once compiled (dist/corpus/), or the TypeScript
 * source when run from src/ through tsx.
 */
function workerFile(): { filename: string; execArgv: string[] } {
  for (const relative of ['./newsgraph-cli-analyze-worker.js', './analyze-worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(url)) return { filename: fileURLToPath(url), execArgv: [] };
  }
  return { filename: fileURLToPath(new URL('./analyze-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}

export class AnalyzerPool {
  private readonly pool: Piscina;
  /** Articles being analyzed, at most one per thread: an article's deadline runs from when a thread takes it, not from when it was queued. */
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  private constructor(pool: Piscina, readonly info: AnalyzerDescription, private readonly deadlineMs: number) {
    this.pool = pool;
  }

  /**
   * Starts `threads` workers, each loading the analyzer from `dataDir`; a bad data folder fails
   * here, naming the file. An article still being analyzed `deadlineMs` after a thread took it fails with NG_DEADLINE.
   */
  static async start(threads: number, dataDir?: string | URL, deadlineMs = DEFAULT_DEADLINE_MS): Promise<AnalyzerPool> {
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
      return new AnalyzerPool(pool, (await pool.run(null, { name: 'describe' })) as AnalyzerDescription, deadlineMs);
    } catch (error) {
      await pool.destroy();
      // Loading the analyzer is all the describe task does: its failure is the data folder's (a
      // ResourceError in the thread, which reaches this one as a plain Error with its message).
      throw new ResourceError((error as Error).message, { cause: error });
    }
  }

  /** How many articles to keep in flight so that no worker waits. */
  get window(): number {
    return this.pool.options.maxThreads * 4;
  }

  async analyzeRaw(raw: RawDocument, options: AnalysisOptions = {}): Promise<AnalysisResult> {
    const task: AnalyzeTask = { raw, options };
    if (this.running >= this.pool.options.maxThreads) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    const signal = AbortSignal.timeout(this.deadlineMs);
    try {
      return JSON.parse((await this.pool.run(task, { signal })) as string) as AnalysisResult;
    } catch (error) {
      if (!signal.aborted) throw error;
      return failedDocument(this.info, raw.source, new InputError('NG_DEADLINE', `the analysis took longer than ${this.deadlineMs} ms (--deadline-ms) and was stopped`));
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/**
 * The inputs (as `analyze` reads them) analyzed by the pool, in input order: up to `pool.window`
 * articles are analyzed ahead of the one the caller is handling. A thread that dies on an article
 * fails that article, not the run.
 */
export async function* analyzeInOrder(pool: AnalyzerPool, inputs: readonly string[], options: ReadOptions & AnalysisOptions = {}): AsyncGenerator<AnalysisResult> {
  const articleOptions: AnalysisOptions = {
    publishedAt: options.publishedAt ?? null,
    ...(options.events === undefined ? {} : { events: options.events }),
    ...(options.quotes === undefined ? {} : { quotes: options.quotes }),
  };
  const ahead: Promise<AnalysisResult>[] = [];
  for await (const item of readSources(inputs, options)) {
    ahead.push(item.ok
      ? pool.analyzeRaw(item.raw, articleOptions).catch((error: unknown) => failedDocument(pool.info, item.raw.source, toInputError(error)))
      : Promise.resolve(failedDocument(pool.info, item.source, item.error)));
    if (ahead.length >= pool.window) yield await ahead.shift()!;
  }
  while (ahead.length > 0) yield await ahead.shift()!;
}
