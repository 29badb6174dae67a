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
  if (/<(html|body)[\s>]/i.test(html)) {
    const document = parseHTML(html).document as unknown as Document;
    // linkedom builds a proper document only under an <html> root. Without one (HTML lets a
    // page leave out <html>, and a cut or broken page may start anywhere) its first element
    // becomes the root: `document.body` is then a new, empty element (the page's <body> is
    // not found), and when that root is a <script> Readability removes it, leaving no root at
    // all, and linkedom throws. Such a page is read as a fragment, like one without <body>.
    if (document.documentElement?.tagName === 'HTML') return settle(document);
  }
  // linkedom makes a bare fragment its own root element; give it a <body> to live in. (A stray
  // </html> or </body> in the fragment still closes them early: settle() mends that too.)
  return settle(parseFragment(html));
}

/**
 * Gives linkedom's document the shape a browser's parser gives a page, which Readability
 * relies on: every paragraph under <body>, none in a <template>.
 */
function settle(document: Document): Document {
  removeTemplates(document);
  moveContentIntoBody(document);
  return document;
}

/**
 * Removes every <template>: a browser keeps its content out of the page (it is inert, never
 * shown), linkedom parses it into the page. Paragraphs in a <template> in <head> made
 * Readability walk up from them, looking for <body>, past <html>, and throw.
 */
function removeTemplates(document: Document): void {
  for (const template of Array.from(document.querySelectorAll('template'))) template.remove();
}

/** The elements HTML allows in <head>; any other content there starts the body. */
const HEAD_ELEMENTS = new Set(['BASE', 'LINK', 'META', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

/** An element, or text that is not whitespace: what a browser's parser puts in the body. */
function isContent(node: Node): boolean {
  return node.nodeType === node.ELEMENT_NODE || (node.nodeType === node.TEXT_NODE && /\S/.test(node.textContent ?? ''));
}

/**
 * Puts all of a page's content under <body>, as a browser's parser does: what cannot be in
 * <head> (an element not in HEAD_ELEMENTS, or text) starts the body, with everything after
 * it; what lies beside <head> and <body> (a page that leaves out <body>, or goes on after
 * </body>), or beside <html> itself (after </html>), joins the body before or after what it
 * holds. linkedom leaves such content where the markup has it, so a page with a broken or
 * missing tag (a stray quote in a <meta>, a page cut mid-head, a stray </html>) had its story
 * outside <body>; Readability, which expects every paragraph under <body>, then walked up
 * from one past <html> and threw.
 */
function moveContentIntoBody(document: Document): void {
  const root = document.documentElement;
  const head = root.firstElementChild?.tagName === 'HEAD' ? root.firstElementChild : null;
  const headChildren = head === null ? [] : Array.from(head.childNodes);
  const firstBodyNode = headChildren.findIndex((node) => isContent(node) && !(node.nodeType === node.ELEMENT_NODE && HEAD_ELEMENTS.has((node as Element).tagName)));
  const fromHead = firstBodyNode < 0 ? [] : headChildren.slice(firstBodyNode);
  let body = Array.from(root.children).find((element) => element.tagName === 'BODY') ?? null;
  const inside = contentAround(root.childNodes, body, head);
  const outside = contentAround(document.childNodes, root, null);
  if (fromHead.length + inside.before.length + inside.after.length + outside.before.length + outside.after.length === 0) return;
  if (body === null) {
    body = document.createElement('body');
    if (head === null) root.prepend(body);
    else head.after(body);
  }
  body.prepend(...outside.before, ...fromHead, ...inside.before);
  body.append(...inside.after, ...outside.after);
}

/** The content among `nodes` before and after `anchor` (all of it before, without one), `skip` left out. */
function contentAround(nodes: NodeListOf<ChildNode>, anchor: Node | null, skip: Node | null): { before: Node[]; after: Node[] } {
  const before: Node[] = [];
  const after: Node[] = [];
  let past = false;
  for (const node of Array.from(nodes)) {
    if (node === anchor) past = true;
    else if (node !== skip && isContent(node)) (past ? after : before).push(node);
  }
  return { before, after };
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
