/**
 * Bundles the command line into one file, dist/cli.js, which bin/newsgraph.js runs. Node loads
 * one module far faster than the ~150 of the project and its dependencies, and start-up is most
 * of a short CLI run. The library (dist/index.js) stays unbundled for importers. linkedom is
 * left out: it is loaded with createRequire on the first HTML page only.
 *
 *   node scripts/bundle-cli.mjs   (run by `npm run build`)
 */
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
  banner: { js: "import { createRequire as newsgraphCreateRequire } from 'node:module'; const require = newsgraphCreateRequire(import.meta.url);" },
  // Its 3 MB model is JSON: Node's JSON.parse reads it faster than V8 parses it as a bundled object literal.
  external: ['wink-eng-lite-web-model'],
  logLevel: 'warning',
});
