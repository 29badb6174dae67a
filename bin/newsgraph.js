#!/usr/bin/env node
// Runs the built CLI: one bundled file (dist/cli.js, built by `npm ci` through the "prepare" script).
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    console.error('newsgraph: internal error:', error);
    process.exitCode = 1;
  },
);
