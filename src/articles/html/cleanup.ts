import Type, { type Static } from 'typebox';
import { resource, Strings } from '../../resources.js';
import { attributeWords } from './dom.js';

const CleanupRulesSchema = Type.Object({
  dropTags: Strings,
  junkTokens: Strings,
  maxJunkShare: Type.Number(),
  linkDensity: Type.Object({ maxShare: Type.Number(), onlyBelowChars: Type.Integer() }),
  leadingShortBlock: Type.Object({ maxWords: Type.Integer() }),
  minArticleChars: Type.Integer(),
});
export type CleanupRules = Static<typeof CleanupRulesSchema>;

/** The thresholds and word lists of `data/html-cleanup.json`. */
export const cleanupRules = resource('HTML cleanup rules', (data) => data.json('html-cleanup.json', CleanupRulesSchema));
const junkTokenSet = resource('junk class names', () => new Set(cleanupRules().junkTokens));

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function hasJunkName(element: Element): boolean {
  const words = attributeWords(`${element.getAttribute('class') ?? ''} ${element.id ?? ''}`);
  const junk = junkTokenSet();
  return words.some((word) => junk.has(word));
}

/**
 * Removes page furniture before Readability scores the page: tags that never hold prose,
 * hidden elements, and elements named like share bars, captions or related-link boxes.
 * A named element that holds a large share of the page's text is kept (it is more likely
 * the article container with an unlucky class than furniture).
 */
export function removeFurniture(document: Document): void {
  const rules = cleanupRules();
  for (const element of Array.from(document.querySelectorAll(rules.dropTags.join(',')))) element.remove();
  const body = document.body;
  if (!body) return;
  const totalChars = Math.max(1, (body.textContent ?? '').length);
  for (const element of Array.from(body.querySelectorAll('[class],[id],[hidden],[aria-hidden],[style]'))) {
    if (!element.isConnected) continue;
    if (!isHidden(element) && !hasJunkName(element)) continue;
    const share = (element.textContent ?? '').length / totalChars;
    if (share <= rules.maxJunkShare) element.remove();
  }
}
