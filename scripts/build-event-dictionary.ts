/**
 * Converts the CAMEO 2.0 verb dictionary and the CAMEO-to-PLOVER table of PETRARCH2/Phoenix
 * (../shared/data/cameo) into the project's event data:
 *
 *   data/events/cameo-verbs.json  verb forms -> verb blocks, and each block's patterns
 *   data/events/cameo-codes.json  CAMEO code -> label, PLOVER category, mode, context
 *
 *   npm run events:build -- [--cameo DIR]
 *
 * The verb dictionary format (petrarch2 docs/source/dictionaries.rst): synonym sets (`&NAME`
 * then `+word` lines); verb blocks (`--- LABEL [code] ---`, then verb lines `WORD {irregular
 * forms} [code]`, a `+` marking the inflected word of a multi-word verb, then pattern lines
 * `- pre-verb words * object words (prep phrase) {contiguous phrase} [code:reciprocal] # verb`).
 * `_` joins the words of a phrase; `$`, `+`, `^` and `%` mark where PETRARCH finds the source,
 * target and other noun phrases, which this coder takes from the actors layer instead.
 * Transformation rules (`~`) are not converted: the quotes layer handles reported speech.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cameoDirectory } from './lib/cameo.js';

const args = process.argv.slice(2);
const directory = cameoDirectory(args);
const OUT = new URL('../data/events/', import.meta.url);

/** One verb form and the block it belongs to; `before`/`after` are the other words of a multi-word verb. */
interface VerbEntry {
  block: number;
  before: string[];
  after: string[];
  /** The verb's base form as the dictionary lists it ("meet_with"). */
  lemma: string;
  /** The verb's own code where it overrides its block's ("DECLINE [120]"); null for "---". */
  code?: string | null;
}

interface Pattern {
  /** Words before the verb, in order: each a contiguous sequence of atoms. */
  pre: string[][];
  /** Words after the verb, in order. An atom is a word, `&SET`, or alternatives `a|b`. */
  post: string[][];
  code: string | null;
  reciprocal: string | null;
  line: number;
  /** The verb the pattern was written for (its `# VERB` comment), lower case. */
  verb: string | null;
}

interface Block {
  label: string;
  code: string | null;
  patterns: Pattern[];
}

const lines = readFileSync(join(directory, 'CAMEO.2.0.txt'), 'utf8').split(/\r?\n/);
const synsets: Record<string, string[]> = {};
const blocks: Block[] = [];
const verbs: Record<string, VerbEntry[]> = {};
let currentSet: string | null = null;

const words = (phrase: string) => phrase.toLowerCase().split('_').filter(Boolean);
/** "[040:043]" -> ["040", "043"]; "[---]" -> [null, null]; "[:051]" -> [null, "051"]. */
function parseCode(raw: string): [string | null, string | null] {
  const [main, reciprocal] = raw.split(':').map((part) => part.trim());
  const code = (value: string | undefined) => (value === undefined || value === '' || /^-+$/.test(value) ? null : value);
  return [code(main), code(reciprocal)];
}

/** Regular English forms of a verb: base, -s, -ed, -ing (doubling a final consonant as an alternative). */
function inflect(base: string): string[] {
  const forms = new Set([base]);
  const consonantY = /[^aeiou]y$/.test(base);
  forms.add(/(s|x|z|ch|sh)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`);
  forms.add(base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${base}ed`);
  forms.add(base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) {
    forms.add(`${base}${base.at(-1)}ed`);
    forms.add(`${base}${base.at(-1)}ing`);
  }
  return [...forms];
}

/** Adds the forms of one verb phrase ("+MEET_WITH", "RULE_+OUT", "DENY") to the verb index. */
function addVerb(phrase: string, irregular: string[], block: number, code: string | null | undefined) {
  const parts = phrase.split('_').filter(Boolean);
  let head = parts.findIndex((part) => part.startsWith('+'));
  if (head < 0) head = 0;
  const clean = parts.map((part) => part.replace(/^\+/, '').toLowerCase());
  const before = clean.slice(0, head);
  const after = clean.slice(head + 1);
  const forms = new Set(inflect(clean[head]!));
  for (const form of irregular) {
    const formParts = form.split('_').filter(Boolean).map((part) => part.replace(/^\+/, '').toLowerCase());
    forms.add(formParts[head] ?? formParts[0]!);
  }
  for (const form of forms) {
    const entry: VerbEntry = { block, before, after, lemma: clean.join('_') };
    if (code !== undefined) entry.code = code;
    (verbs[form] ??= []).push(entry);
  }
}

/** Splits a pattern side into contiguous sequences: `{A B}` is one, `(A B)` and plain words are one each. */
function parseSide(side: string): string[][] {
  const sequences: string[][] = [];
  const cleaned = side.replace(/[$%^]/g, ' ').replace(/\(|\)/g, ' ');
  for (const match of cleaned.matchAll(/\{([^}]*)\}|(\S+)/g)) {
    const atoms = (match[1] ?? match[2]!).split(/\s+/).filter((atom) => atom !== '' && atom !== '+')
      .map((atom) => atom.replace(/^\+|\+$/g, ''))
      .flatMap((atom) => (atom.startsWith('&') ? [atom.replace(/_$/, '')] : atom.includes('/') ? [atom.toLowerCase().split('/').join('|')] : words(atom)));
    if (atoms.length > 0) sequences.push(atoms);
  }
  return sequences;
}

lines.forEach((raw, index) => {
  const line = raw.replace(/#.*$/, '').trimEnd();
  const comment = /#\s*([A-Za-z_]+)/.exec(raw)?.[1]?.toLowerCase() ?? null;
  if (line.trim() === '') return;
  // Four headers of the file carry a stray "---" after the code ("--- DELAY [120]--- ---").
  const blockStart = /^---\s+(\S+)\s+\[([^\]]*)\]\s*(?:---\s+)?---/.exec(line);
  if (blockStart) {
    currentSet = null;
    blocks.push({ label: blockStart[1]!, code: parseCode(blockStart[2]!)[0], patterns: [] });
    return;
  }
  if (line.startsWith('&')) {
    currentSet = line.trim().replace(/_$/, '');
    synsets[currentSet] = [];
    return;
  }
  if (currentSet !== null && line.startsWith('+') && blocks.length === 0) {
    synsets[currentSet]!.push(words(line.slice(1).trim().split(/\s+/)[0]!).join(' '));
    return;
  }
  if (blocks.length === 0 || line.startsWith('~')) return;
  const block = blocks.length - 1;
  if (line.startsWith('-')) {
    const coded = /\[([^\]]*)\]\s*$/.exec(line);
    if (!coded || !line.includes('*')) return;
    const body = line.slice(1, coded.index);
    const [pre, post] = body.split('*') as [string, string];
    const [code, reciprocal] = parseCode(coded[1]!);
    blocks[block]!.patterns.push({ pre: parseSide(pre), post: parseSide(post), code, reciprocal, line: index + 1, verb: comment });
    return;
  }
  // A verb line: PHRASE {IRREGULAR FORMS} [code]
  const verb = /^(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line.trim());
  if (!verb) return;
  const irregular = (verb[2] ?? '').split(/\s+/).filter(Boolean);
  addVerb(verb[1]!, irregular, block, verb[3] === undefined ? undefined : parseCode(verb[3])[0]);
});

// CAMEO code -> PLOVER, from "CODE: PLOVER_EVENT, mode, context # description".
const codes: Record<string, { label: string; plover: string; mode: string | null; context: string | null }> = {};
for (const raw of readFileSync(join(directory, 'CAMEO2PLOVER-2021.txt'), 'utf8').split(/\r?\n/)) {
  const entry = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#\s*(.*)$/.exec(raw);
  if (!entry) continue;
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  codes[entry[1]!] = { plover: entry[2]!, mode: text(entry[3]), context: text(entry[4]), label: entry[5]!.trim() };
}

mkdirSync(OUT, { recursive: true });
const source = 'CAMEO.2.0.txt of openeventdata/petrarch2 (MIT, Open Event Data Alliance), converted by scripts/build-event-dictionary.ts';
writeFileSync(new URL('cameo-verbs.json', OUT), `${JSON.stringify({ _source: source, synsets, blocks, verbs })}\n`);
writeFileSync(new URL('cameo-codes.json', OUT), `${JSON.stringify({
  _source: 'CAMEO2PLOVER-2021.txt of openeventdata/PLOVER (CC BY-SA 4.0, Philip Schrodt / Open Event Data Alliance), converted by scripts/build-event-dictionary.ts',
  codes,
}, null, 1)}\n`);
const patternCount = blocks.reduce((sum, block) => sum + block.patterns.length, 0);
console.log(`${blocks.length} verb blocks, ${Object.keys(verbs).length} verb forms, ${patternCount} patterns, ${Object.keys(synsets).length} synonym sets; ${Object.keys(codes).length} CAMEO codes with a PLOVER category`);
