/** A database of its own for each PostgreSQL test (scripts/lib/scratch-database.ts), dropped afterwards. */
import { createScratchDatabase, type ScratchDatabase } from '../../scripts/lib/scratch-database.js';

export type TestDatabase = ScratchDatabase;

export function createTestDatabase(): Promise<TestDatabase> {
  return createScratchDatabase('newsgraph_test');
}
