#!/usr/bin/env node
// The command line: bundled (dist/newsgraph-cli.js, from src/cli/bin.ts), built by `npm ci` through the "prepare" script.
import '../dist/newsgraph-cli.js';
