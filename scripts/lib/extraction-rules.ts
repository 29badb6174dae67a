/**
 * The extraction rules of data/ as units that can be left out one at a time, and the tunable
 * numbers beside them: what `npm run eval:extract-cv` re-checks for generality.
 *
 * A rule is one entry of a list in a data file (a boilerplate pattern, a dropped tag, a junk
 * class word); a tunable is one number. Leaving rules out and setting tunables gives a variant
 * of the data, which `extractWith` runs over pages through the real article stage.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import type { TSchema, Static } from 'typebox';
import { DataFolder, ResourceSet, dataUrl } from '../../src/resources.js';
import { attributeWords, parseDocument, parseFragment } from '../../src/articles/html/dom.js';
import { removeFurniture } from '../../src/articles/html/cleanup.js';
import { MAX_BOILERPLATE_LINE } from '../../src/articles/boilerplate.js';
import { textBlocks } from '../../src/articles/html/blocks.js';
import { newsgraphText, type ExtractionPage } from './extraction-set.js';

/** The data files whose rules act on the text extracted from HTML pages. */
export const RULE_FILES = ['boilerplate.json', 'html-cleanup.json'] as const;
export type RuleFile = (typeof RULE_FILES)[number];
type Json = Record<string, unknown>;
export type RuleData = Record<RuleFile, Json>;

export interface Rule {
  readonly file: RuleFile;
  /** Keys from the file's root to the list that holds the rule. */
  readonly path: readonly string[];
  readonly value: string;
  readonly kind: 'line' | 'paywall' | 'dropTag' | 'junkToken';
}

export interface Tunable {
  readonly file: RuleFile;
  readonly path: readonly string[];
  /** The values tried on a tuning half (the shipped value is always among them). */
  readonly candidates: readonly number[];
}

/** The numbers of html-cleanup.json and the values tried for each, around the shipped ones. */
export const TUNABLES: readonly Tunable[] = [
  { file: 'html-cleanup.json', path: ['maxJunkShare'], candidates: [0.2, 0.3, 0.4, 0.5, 0.6] },
  { file: 'html-cleanup.json', path: ['linkDensity', 'maxShare'], candidates: [0.4, 0.5, 0.6, 0.7, 0.8] },
  { file: 'html-cleanup.json', path: ['linkDensity', 'onlyBelowChars'], candidates: [100, 150, 200, 300, 400] },
  { file: 'html-cleanup.json', path: ['leadingShortBlock', 'maxWords'], candidates: [8, 10, 14, 18, 24] },
  { file: 'html-cleanup.json', path: ['minArticleChars'], candidates: [100, 150, 250, 400, 600] },
];

export function readRuleData(): RuleData {
  const read = (name: RuleFile) => JSON.parse(readFileSync(dataUrl(name), 'utf8')) as Json;
  return { 'boilerplate.json': read('boilerplate.json'), 'html-cleanup.json': read('html-cleanup.json') };
}

function at(data: RuleData, file: RuleFile, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Json)[key], data[file]);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * Every rule that acts on HTML extraction. Left out: sign-off patterns (plain text only) and
 * comment markers (they set a flag, never change the text), which this benchmark cannot measure.
 */
export function listRules(data: RuleData): Rule[] {
  const rules: Rule[] = [];
  const add = (file: RuleFile, path: string[], kind: Rule['kind']) => {
    for (const value of strings(at(data, file, path))) rules.push({ file, path, value, kind });
  };
  const lines = data['boilerplate.json'].lines as Json;
  for (const concept of Object.keys(lines)) add('boilerplate.json', ['lines', concept], 'line');
  add('boilerplate.json', ['paywall'], 'paywall');
  add('html-cleanup.json', ['dropTags'], 'dropTag');
  add('html-cleanup.json', ['junkTokens'], 'junkToken');
  return rules;
}

export function ruleName(rule: Rule): string {
  return `${rule.path.join('.')}: ${rule.value}`;
}

/** A copy of `data` without `rules` and with `settings` (tunable index → value). */
export function variant(data: RuleData, rules: readonly Rule[], settings: ReadonlyMap<Tunable, number> = new Map()): RuleData {
  const copy = structuredClone(data);
  for (const rule of rules) {
    const parent = at(copy, rule.file, rule.path.slice(0, -1)) as Json;
    const key = rule.path[rule.path.length - 1]!;
    parent[key] = strings(parent[key]).filter((value) => value !== rule.value);
  }
  for (const [tunable, value] of settings) {
    (at(copy, tunable.file, tunable.path.slice(0, -1)) as Json)[tunable.path[tunable.path.length - 1]!] = value;
  }
  return copy;
}

export function tunableValue(data: RuleData, tunable: Tunable): number {
  return at(data, tunable.file, tunable.path) as number;
}

/** The shipped data folder with some files replaced by values in memory. */
class OverlayFolder extends DataFolder {
  constructor(private readonly overrides: RuleData) {
    super();
  }

  override json<S extends TSchema>(name: string, schema: S): Static<S> {
    const override = (this.overrides as Record<string, unknown>)[name];
    return override === undefined ? super.json(name, schema) : (override as Static<S>);
  }
}

/**
 * Readability runs on the page as it arrives, before any rule of data/ applies, so its result
 * for a page is the same under every variant: it is computed once per page and reused, which
 * makes trying hundreds of variants affordable. `extractWith` sets the page being read.
 */
let currentPage: string | null = null;
const readabilityResults = new Map<string, ReturnType<Readability['parse']>>();
const parse = Readability.prototype.parse;
Readability.prototype.parse = function memoized(this: Readability) {
  if (currentPage === null) return parse.call(this);
  if (!readabilityResults.has(currentPage)) readabilityResults.set(currentPage, parse.call(this));
  return readabilityResults.get(currentPage)!;
} as Readability['parse'];

/** newsgraph's text for each page under a variant of the rule data. */
export function extractWith(data: RuleData, pages: readonly ExtractionPage[]): string[] {
  const resources = new ResourceSet(new OverlayFolder(data));
  return pages.map((page) => {
    currentPage = page.id;
    try {
      return resources.run(() => newsgraphText(page));
    } finally {
      currentPage = null;
    }
  });
}

/**
 * Whether leaving `rule` out of `data` can change a page's text at all (a cheap filter; firing
 * is still measured): a tag the page never uses, a class word no element carries, or a pattern
 * that matches none of the text blocks the page yields under `data`, cannot.
 */
export function mayFire(rule: Rule, page: ExtractionPage, data: RuleData): boolean {
  if (rule.kind === 'dropTag') return new RegExp(`<${rule.value}[\\s>/]`, 'i').test(page.html);
  if (rule.kind === 'junkToken') return classWords(page).has(rule.value);
  const pattern = new RegExp(rule.value, 'iu');
  const blocks = blockTexts(page, data);
  if (rule.kind === 'paywall') return blocks.some((text) => pattern.test(text));
  return blocks.some((text) => text.length <= MAX_BOILERPLATE_LINE && pattern.test(text));
}

const classWordCache = new Map<string, Set<string>>();
function classWords(page: ExtractionPage): Set<string> {
  let words = classWordCache.get(page.id);
  if (!words) {
    words = new Set<string>();
    for (const match of page.html.matchAll(/\s(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      for (const word of attributeWords(match[1] ?? match[2] ?? match[3] ?? '')) words.add(word);
    }
    classWordCache.set(page.id, words);
  }
  return words;
}

/**
 * Every text block the article stage can see on the page under `data`'s cleanup rules: those of
 * Readability's content and those of the whole page (its fallback), furniture removed from both.
 * Boilerplate and paywall patterns are only ever tested against these.
 */
const blockCache = new Map<string, string[]>();
function blockTexts(page: ExtractionPage, data: RuleData): string[] {
  const key = `${page.id} ${JSON.stringify(data['html-cleanup.json'])}`;
  let texts = blockCache.get(key);
  if (!texts) {
    texts = new ResourceSet(new OverlayFolder(data)).run(() => {
      currentPage = page.id;
      try {
        const readable = new Readability(parseDocument(page.html)).parse()?.content;
        const documents = [...(readable ? [parseFragment(readable)] : []), parseDocument(page.html)];
        return documents.flatMap((document) => {
          removeFurniture(document);
          return textBlocks(document.body).map((block) => block.text.trim());
        });
      } catch {
        return [];
      } finally {
        currentPage = null;
      }
    });
    blockCache.set(key, texts);
  }
  return texts;
}

/** The page's site: its URL's host without `www.` (the page id when there is no URL). */
export function siteOf(page: ExtractionPage): string {
  if (!page.url) return page.id;
  try {
    return new URL(page.url).hostname.replace(/^www\./, '');
  } catch {
    return page.id;
  }
}

/**
 * The fold (0 or 1) of a page, from a hash of its site, so that every page of one site falls in
 * the same half and a rule written for one site cannot be tuned on it and measured on it too.
 */
export function foldOf(page: ExtractionPage): 0 | 1 {
  return (createHash('sha256').update(siteOf(page)).digest()[0]! & 1) as 0 | 1;
}
