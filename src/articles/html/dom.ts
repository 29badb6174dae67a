import { createRequire } from 'node:module';
import { InputError } from '../../errors.js';
import { nestsDeeperThan } from './markup-depth.js';

type Linkedom = typeof import('linkedom');
let linkedom: Linkedom | undefined;

/**
 * Markup nested deeper than this is refused before it is parsed: parsing takes time in the square
 * of the depth (markup-depth.ts). Real pages nest a few dozen deep, and the DOM's own check
 * (body.ts) refuses pages more than 400 deep; this one only spares the parse of the monstrous ones.
 */
const MAX_PARSE_DEPTH = 1_000;

/**
 * linkedom is loaded with the first HTML page, not at start-up: analysing plain text never
 * pays the ~100 ms it takes to load (`analyze` is synchronous, so not a dynamic import).
 */
function parseHTML(html: string): ReturnType<Linkedom['parseHTML']> {
  if (nestsDeeperThan(html, MAX_PARSE_DEPTH)) throw new InputError('NG_TOO_COMPLEX', `the page nests elements more than ${MAX_PARSE_DEPTH} levels deep`);
  linkedom ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedom.parseHTML(html);
}

/** Parses HTML into a DOM document with linkedom (fast, no layout, no scripts run). */
export function parseDocument(html: string): Document {
  // linkedom makes a bare fragment its own root element; give it a <body> to live in.
  return /<(html|body)[\s>]/i.test(html) ? parseHTML(html).document as unknown as Document : parseFragment(html);
}

/** Parses an HTML fragment (no <html> or <body>) into the body of a new document. */
export function parseFragment(html: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Splits a class or id attribute into lower-case words: `relatedStories share-bar` → related, stories, share, bar. */
export function attributeWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
