import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { usageOf } from '../scripts/lib/script-args.js';

describe('the scripts\' command-line options', () => {
  it('reads the usage from the first doc comment, without its stars', () => {
    const source = '#!/usr/bin/env node\n/**\n * Counts the widgets.\n *\n *   npm run count -- [--max N]\n */\nimport x from "y";\n/** Another comment. */';
    expect(usageOf(source)).toBe('Counts the widgets.\n\n  npm run count -- [--max N]');
    expect(usageOf('const x = 1;')).toBe('');
  });

  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/calibrate-quotes.ts', ...args], { encoding: 'utf8' });

  it('prints a script\'s usage with --help, and answers a mistyped option in one line', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm run quotes:calibrate -- [--polnear DIR]');
    const typo = run('--kept-rigth', '0.9');
    expect(typo.status).toBe(2);
    expect(typo.stderr.trim()).toBe('calibrate-quotes.ts: Unknown option \'--kept-rigth\'. --help prints its usage.');
  }, 60_000);
});
