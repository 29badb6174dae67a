/**
 * Writes the published JSON Schema of the output contract (schema/analyzed-document.schema.json)
 * from src/document/contract.ts. Run after changing the contract; a test fails until you do.
 *
 *   npm run schema:build
 */
import { writeFileSync } from 'node:fs';
import { analyzedDocumentJsonSchema, JSON_SCHEMA_FILE } from '../src/document/json-schema.js';

writeFileSync(new URL(`../${JSON_SCHEMA_FILE}`, import.meta.url), analyzedDocumentJsonSchema());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
