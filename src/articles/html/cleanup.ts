import { lazy, loadDataJson } from '../../resources.js';
import { attributeWords } from './dom.js';

export interface CleanupRules {
  readonly dropTags: string[];
  readonly junkTokens: string[];
  readonly maxJunkShare: number;
  readonly linkDensity: { readonly maxShare: number; readonly onlyBelowChars: number };
  readonly leadingShortBlock: { readonly maxWords: number };
  readonly minArticleChars: number;
}

/** The thresholds and word lists of `data/html-cleanup.json`. */
export const cleanupRules = lazy(() => loadDataJson<CleanupRules>('html-cleanup.json'));
const junkTokenSet = lazy(() => new Set(cleanupRules().junkTokens));

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
