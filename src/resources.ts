/**
 * Resources (model weights, lexicons, dictionaries) and the data folder they are read from.
 *
 * A stage declares each resource it needs with `resource(name, load)` at module level; the
 * declaration holds no value. An analyzer owns one `ResourceSet`: it loads every declared
 * resource once, from its own data folder, checking each file against its schema, so a missing
 * or malformed file stops start-up with a message naming it, never an article halfway through.
 * While an analyzer runs, calling a declaration (`kb()`) returns that analyzer's value.
 *
 * Why a scope rather than passing the set down: the resources are read deep inside helpers of
 * every stage (a name's key, a cue list); threading a parameter through all of them would be
 * noise in every signature, while the scope is set and restored around each call in one place
 * (`Analyzer.analyze`), and analysis is synchronous, so two analyzers never interleave.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Type, { type Static, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import Value from 'typebox/value';

/** The package's own `data/` folder: a sibling of both `src/` (run from source) and `dist/` (built). */
export const SHIPPED_DATA_DIR = new URL('../data/', import.meta.url);
/** The web app's built files (`npm run build:web`), which `newsgraph serve` serves. */
export const WEB_APP_DIR = new URL('../dist/web/', import.meta.url);

/** A data folder or file that is missing or malformed: start-up stops with this message. */
export class ResourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ResourceError';
  }
}

/**
 * The record of checks already passed (`npm run data:check` writes it): for each file and
 * schema, the hash of the contents that matched. A file whose exact bytes passed the same
 * schema is not checked again at start-up; any other content is.
 */
export const CHECKED_FILE = 'checked.json';

/** Files larger than this are checked by a compiled validator (see `DataFolder.matches`). */
const COMPILE_ABOVE_BYTES = 64 * 1024;

/** How many schema errors a message lists before it says "and N more". */
const ERRORS_SHOWN = 3;

/** The files of one data folder, each read and checked once, and a hash of everything read. */
export class DataFolder {
  readonly url: URL;
  private readonly fileHashes = new Map<string, string>();
  private readonly sizes = new Map<string, number>();
  /** Parsed JSON by file name: stages that read parts of one file share one parse. */
  private readonly parsed = new Map<string, unknown>();
  /** `file schema-hash` → content hashes that passed (from CHECKED_FILE). */
  private readonly passed: Map<string, Set<string>>;
  /** The checks this folder ran itself, in the form of CHECKED_FILE. */
  readonly checksRun = new Map<string, Set<string>>();

  /** `options.recheck`: check every file, whatever CHECKED_FILE says (what `npm run data:check` does). */
  constructor(dir: URL | string = SHIPPED_DATA_DIR, options: { recheck?: boolean } = {}) {
    const url = typeof dir === 'string' ? pathToFileURL(`${resolve(dir)}/`) : dir;
    this.url = url.href.endsWith('/') ? url : new URL(`${url.href}/`);
    if (!existsSync(this.url) || !statSync(this.url).isDirectory()) {
      throw new ResourceError(`data folder ${this.url.pathname} does not exist`);
    }
    this.passed = options.recheck === true ? new Map() : this.readChecked();
  }

  private readChecked(): Map<string, Set<string>> {
    const url = new URL(CHECKED_FILE, this.url);
    if (!existsSync(url)) return new Map();
    try {
      const record = JSON.parse(readFileSync(url, 'utf8')) as Record<string, string[]>;
      return new Map(Object.entries(record).map(([key, hashes]) => [key, new Set(Array.isArray(hashes) ? hashes : [])]));
    } catch {
      // A damaged record only means every file is checked again.
      return new Map();
    }
  }

  /** The bytes of `<folder>/<name>`. */
  bytes(name: string): Buffer {
    const url = new URL(name, this.url);
    let bytes: Buffer;
    try {
      bytes = readFileSync(url);
    } catch (error) {
      throw new ResourceError(`data file ${name} cannot be read from ${this.url.pathname}: ${(error as Error).message}`, { cause: error });
    }
    this.fileHashes.set(name, createHash('sha256').update(bytes).digest('hex'));
    this.sizes.set(name, bytes.length);
    return bytes;
  }

  /** `<folder>/<name>` parsed as JSON and checked against `schema` (the part of the file its reader uses). */
  json<S extends TSchema>(name: string, schema: S): Static<S> {
    let value = this.parsed.get(name);
    if (value === undefined) {
      try {
        value = JSON.parse(this.bytes(name).toString('utf8'));
      } catch (error) {
        if (error instanceof ResourceError) throw error;
        throw new ResourceError(`data file ${name} is not valid JSON: ${(error as Error).message}`, { cause: error });
      }
      this.parsed.set(name, value);
    }
    const key = `${name} ${schemaHash(schema)}`;
    const contents = this.fileHashes.get(name)!;
    if (this.passed.get(key)?.has(contents) === true) return value as Static<S>;
    const checks = this.checksRun.get(key) ?? new Set<string>();
    this.checksRun.set(key, checks.add(contents));
    if (!this.matches(name, schema, value)) {
      const errors = [...Value.Errors(schema, value)];
      const shown = errors.slice(0, ERRORS_SHOWN).map((error) => `${error.instancePath || '/'} ${error.message}`);
      const more = errors.length > ERRORS_SHOWN ? ` (and ${errors.length - ERRORS_SHOWN} more)` : '';
      throw new ResourceError(`data file ${name} does not match its schema: ${shown.join('; ')}${more}`);
    }
    return value as Static<S>;
  }

  /**
   * Whether `value` matches `schema`. Large files are checked by a compiled validator, small
   * ones by TypeBox's interpreter: compiling costs more than interpreting a small file.
   */
  private matches(name: string, schema: TSchema, value: unknown): boolean {
    const large = (this.sizes.get(name) ?? 0) > COMPILE_ABOVE_BYTES;
    return large ? Compile(schema).Check(value) : Value.Check(schema, value);
  }

  /** Drops the parsed files once every resource is built from them. */
  releaseParsed(): void {
    this.parsed.clear();
  }

  /** A hash of the contents of `names`, in order: what a derived file records of its sources. */
  hashOf(names: readonly string[]): string {
    const digest = createHash('sha256');
    for (const name of names) {
      if (!this.fileHashes.has(name)) this.bytes(name);
      digest.update(`${name}\0${this.fileHashes.get(name)}\n`);
    }
    return digest.digest('hex').slice(0, 16);
  }

  /** A short hash of every file read so far, by name and content: the provenance of the output. */
  hash(): string {
    const digest = createHash('sha256');
    for (const name of [...this.fileHashes.keys()].sort()) digest.update(`${name}\0${this.fileHashes.get(name)}\n`);
    return digest.digest('hex').slice(0, 16);
  }
}

const schemaHashes = new WeakMap<TSchema, string>();

/** A short hash of a schema's JSON form: a changed schema invalidates the checks it passed. */
function schemaHash(schema: TSchema): string {
  let hash = schemaHashes.get(schema);
  if (hash === undefined) {
    hash = createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
    schemaHashes.set(schema, hash);
  }
  return hash;
}


/** A declared resource: call it to get the running analyzer's value. */
export interface Resource<T> {
  (): T;
  readonly resourceName: string;
}

interface Declaration {
  readonly name: string;
  readonly load: (data: DataFolder) => unknown;
}

/** Every resource declared so far, in declaration order; a resource's index is its slot in a set. */
const declarations: Declaration[] = [];

/** The set in scope: the running analyzer's, or the default set outside any analyzer. */
let active: ResourceSet | undefined;
let fallback: ResourceSet | undefined;

/**
 * Declares a resource built by `load` from a data folder (it may call other resources). The
 * value is built by each `ResourceSet` that loads it, never at import.
 */
export function resource<T>(name: string, load: (data: DataFolder) => T): Resource<T> {
  const slot = declarations.length;
  declarations.push({ name, load });
  // The last set asked and its value: resources are read in the hottest loops, where a lookup
  // per call would cost more than the comparison.
  let lastSet: ResourceSet | undefined;
  let lastValue: T | undefined;
  const get = (() => {
    const set = active ?? defaultResources();
    if (set !== lastSet) {
      lastValue = set.get(slot) as T;
      lastSet = set;
    }
    return lastValue;
  }) as Resource<T>;
  Object.defineProperty(get, 'resourceName', { value: name });
  return get;
}

const LOADING = Symbol('loading');

/** One value per declared resource, from one data folder. */
export class ResourceSet {
  readonly data: DataFolder;
  private readonly values: unknown[] = [];

  constructor(data: DataFolder) {
    this.data = data;
  }

  /** Builds every declared resource now, so that a bad file fails here and not mid-article. */
  loadAll(): this {
    this.run(() => {
      for (let slot = 0; slot < declarations.length; slot++) this.get(slot);
    });
    this.data.releaseParsed();
    return this;
  }

  /** Runs `work` with this set's values in scope. */
  run<T>(work: () => T): T {
    const previous = active;
    // The scope is this set itself, not an alias of it: what `resource()` getters read.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    active = this;
    try {
      return work();
    } finally {
      active = previous;
    }
  }

  /** The value in `slot`, built on first use. */
  get(slot: number): unknown {
    const value = this.values[slot];
    if (value !== undefined && value !== LOADING) return value;
    const { name, load } = declarations[slot]!;
    if (value === LOADING) throw new ResourceError(`resource "${name}" needs itself to load`);
    this.values[slot] = LOADING;
    try {
      const built = this.run(() => load(this.data));
      this.values[slot] = built;
      return built;
    } catch (error) {
      this.values[slot] = undefined;
      if (error instanceof ResourceError) throw error;
      throw new ResourceError(`resource "${name}" could not be built from ${this.data.url.pathname}: ${(error as Error).message}`, { cause: error });
    }
  }
}

/**
 * The set over the shipped data folder, for code run outside any analyzer (a unit test of one
 * function, a script): built on first use, one per process.
 */
export function defaultResources(): ResourceSet {
  fallback ??= new ResourceSet(new DataFolder());
  return fallback;
}

/** Schema parts most data files are made of. */
export const Strings = Type.Array(Type.String());
export const StringRecord = Type.Record(Type.String(), Type.String());

/**
 * A data file of named word lists, each read as a set: the shape of the stages' closed word
 * classes (data/stances/grammar-words.json, data/quotes/function-words.json, ...). `lists` names
 * the file's lists, in the order its schema checks them.
 */
export function wordSetsResource<const K extends string>(name: string, file: string, lists: readonly K[]): Resource<Record<K, ReadonlySet<string>>> {
  const schema = Type.Object(Object.fromEntries(lists.map((list) => [list, Strings])) as Record<K, typeof Strings>);
  return resource(name, (data) => {
    const raw = data.json(file, schema) as Record<K, string[]>;
    return Object.fromEntries(lists.map((list) => [list, new Set(raw[list])] as const)) as unknown as Record<K, ReadonlySet<string>>;
  });
}

/** The URL of `data/<name>` in the package: where build scripts write what they build. */
export function dataUrl(name: string): URL {
  return new URL(name, SHIPPED_DATA_DIR);
}
