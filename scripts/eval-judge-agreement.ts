/**
 * How far two judges of the precision set agree (scripts/lib/judge-agreement.ts):
 *
 *   npm run eval:agreement -- [SECOND] [--first FILE]
 *   (SECOND defaults to test/fixtures/precision/second-judgments.md, FILE to the precision set)
 *
 * For each fact both files judge: whether both call it real (share agreed and Cohen's kappa), and,
 * where both do, whether they give the same category, source, target and status (events) or
 * speaker and content verdict (quotes). The precision figures of `eval:precision` are only as
 * exact as this agreement.
 */
import { scriptArgs } from './lib/script-args.js';
import { judgeAgreement, type BinaryAgreement, type FieldAgreement } from './lib/judge-agreement.js';
import { DEFAULT_PRECISION_SET, readPrecisionSet } from './lib/precision-set.js';

const DEFAULT_SECOND_JUDGMENTS = 'test/fixtures/precision/second-judgments.md';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { first: { type: 'string' } } });
const firstFile = values.first ?? DEFAULT_PRECISION_SET;
const secondFile = positionals[0] ?? DEFAULT_SECOND_JUDGMENTS;
let agreement;
try {
  agreement = judgeAgreement(readPrecisionSet(firstFile), readPrecisionSet(secondFile));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (agreement.articles === 0) {
  console.error(`${secondFile} judges no article that ${firstFile} judges`);
  process.exit(1);
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`);
const fieldCell = (field: FieldAgreement) => percent(field.agreed, field.compared);
const binaryCell = (field: BinaryAgreement) => `${fieldCell(field)}, kappa ${field.kappa === null ? '—' : field.kappa.toFixed(2)}`;

const { events, quotes } = agreement;
console.log(`Judge agreement: ${secondFile} against ${firstFile}, ${agreement.articles} articles both judge; `
  + `${events.paired} events and ${quotes.paired} quotes both judged${agreement.unpaired > 0 ? `, ${agreement.unpaired} facts judged by one only` : ''}\n`);
console.log('| events: both judges give the same | agreement |\n|---|---|');
console.log(`| real or not | ${binaryCell(events.real)} |`);
console.log(`| category, of both real | ${fieldCell(events.category)} |`);
console.log(`| source, of both real | ${fieldCell(events.source)} |`);
console.log(`| target, of both real | ${fieldCell(events.target)} |`);
console.log(`| status, of both real | ${fieldCell(events.status)} |`);
console.log(`| category, both actors and status, of both real | ${fieldCell(events.allFields)} |`);
console.log('\n| quotes: both judges give the same | agreement |\n|---|---|');
console.log(`| real or not | ${binaryCell(quotes.real)} |`);
console.log(`| speaker, of both real | ${fieldCell(quotes.speaker)} |`);
console.log(`| content verdict, of both real | ${fieldCell(quotes.content)} |`);
