/**
 * Bundles the command line into dist/newsgraph-cli.js, which bin/newsgraph.js runs, with chunks
 * beside it for code only some commands load (the corpus store and SQLite). Node loads a few
 * modules far faster than the ~150 of the project and its dependencies, and start-up is most
 * of a short CLI run. The library (dist/index.js) stays unbundled for importers. linkedom is
 * left out: it is loaded with createRequire on the first HTML page only. Every file lands in
 * dist/ itself, so that paths relative to the code (../data/, ../package.json) hold.
 *
 *   node scripts/bundle-cli.mjs   (run by `npm run build`)
 */
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const PREFIX = 'newsgraph-cli';
for (const name of readdirSync('dist', { withFileTypes: false }).filter((file) => String(file).startsWith(PREFIX))) rmSync(`dist/${name}`);

await build({
  // The analysis threads' script is bundled too: a thread that loaded the unbundled module graph would start slower than the whole CLI.
  entryPoints: { [PREFIX]: 'src/cli/bin.ts', [`${PREFIX}-analyze-worker`]: 'src/corpus/analyze-worker.ts' },
  outdir: 'dist',
  chunkNames: `${PREFIX}-[name]-[hash]`,
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
  banner: { js: "import { createRequire as newsgraphCreateRequire } from 'node:module'; const require = newsgraphCreateRequire(import.meta.url);" },
  // Left to Node: wink's 3 MB model is JSON, which JSON.parse reads faster than V8 parses it as
  // a bundled object literal; better-sqlite3 is a native addon that finds its binary next to its files;
  // piscina starts its worker threads from a script it finds beside its own files.
  external: ['wink-eng-lite-web-model', 'better-sqlite3', 'piscina'],
  logLevel: 'warning',
});
