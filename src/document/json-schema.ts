import { AnalysisResultSchema, SCHEMA_VERSION } from './contract.js';

/** Where the published JSON Schema lives in the package. */
export const JSON_SCHEMA_FILE = 'schema/analyzed-document.schema.json';

/**
 * The published JSON Schema (draft-07) of one `newsgraph analyze` record, as text: generated
 * from the contract's TypeBox schemas by `npm run schema:build`, checked in, and compared with
 * a fresh generation by the tests, so that it never drifts from the types.
 */
export function analyzedDocumentJsonSchema(): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    description: `One record of \`newsgraph analyze\` (contract version ${SCHEMA_VERSION}): an analyzed article (status "ok") or a failed input (status "failed"). Offsets are UTF-16 code-unit indices into article.text, half-open.`,
    ...JSON.parse(JSON.stringify(AnalysisResultSchema)) as object,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
