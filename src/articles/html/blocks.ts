import { normalizeSpace } from './dom.js';

/** A run of text that a reader sees as one paragraph, heading or list item. */
export interface TextBlock {
  readonly text: string;
  /** The tag of the nearest block element (`p`, `h2`, `li`, ...). */
  readonly tag: string;
  /** Characters of `text` that sit inside links. */
  readonly linkChars: number;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'br', 'caption',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Flattens a DOM subtree into text blocks in reading order. Block elements (and `<br>`)
 * end the current block; inline elements add to it.
 */
export function textBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  const openBlocks: string[] = ['p'];

  const flush = () => {
    const text = normalizeSpace(parts.join(''));
    if (text) blocks.push({ text, tag: openBlocks[openBlocks.length - 1]!, linkChars: Math.min(linkChars, text.length) });
    parts = [];
    linkChars = 0;
  };

  const visit = (node: Node, inLink: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      if (inLink) linkChars += normalizeSpace(value).length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      openBlocks.push(tag);
    }
    const link = inLink || tag === 'a';
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, link);
    if (isBlock) {
      flush();
      openBlocks.pop();
    }
  };

  visit(root, false);
  flush();
  return blocks;
}
