import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenOutputs, GOLDEN_DIR } from './golden-outputs.js';

const examples = readdirSync(new URL('../examples/', import.meta.url)).sort();

describe('golden outputs (npm run golden:update rewrites them after a deliberate change)', () => {
  it.each(examples)('examples/%s prints what test/golden holds, as JSON and pretty', async (example) => {
    for (const { file, output } of await goldenOutputs(example)) {
      expect(output, `test/golden/${file}`).toBe(readFileSync(new URL(file, GOLDEN_DIR), 'utf8'));
    }
  });
});
