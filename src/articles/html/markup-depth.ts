/**
 * How deep markup nests, found before it is parsed. htmlparser2, which linkedom parses with,
 * keeps its stack of open elements with Array.unshift and Array.shift, so each tag costs time in
 * proportion to the depth and a page nested N deep takes time in N²: 100,000 nested <div>s (1 MB)
 * took 15 to 20 s to parse, before the DOM's own depth check (body.ts) could refuse the page.
 *
 * This scan follows the parser's stack as htmlparser2 keeps it (end tags close up to the open
 * element of their name and are ignored when there is none; the start tags that close open
 * elements, as <li> an open <li>; void elements; raw text in <script>, <style>, <title>,
 * <textarea> and <xmp>; comments; self-closing tags inside SVG and MathML), in one pass with no
 * regular expression that can backtrack.
 */

/** htmlparser2's void elements: no content, no end tag. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/** Where self-closing tags close themselves. */
const FOREIGN = new Set(['svg', 'math']);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const TABLE_SECTION = new Set(['thead', 'tbody']);

/** htmlparser2's openImpliesClose: a start tag that closes the open elements it names, from the innermost. */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])], ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])], ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DD_DT], ['dt', DD_DT],
  ['rt', RT_RP], ['rp', RT_RP], ['tbody', TABLE_SECTION], ['tfoot', TABLE_SECTION],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM] as const),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
    'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((tag) => [tag, P] as const),
]);

/** A start or end tag (its name, cut at 64 characters), a comment, or a declaration or processing instruction. */
const MARKUP = /<(\/?)([a-zA-Z][^\s/>]{0,63})|<!--|<[!?]/g;

/** Whether `html` nests elements more than `limit` deep, as htmlparser2 would parse it. */
export function nestsDeeperThan(html: string, limit: number): boolean {
  const stack: string[] = [];
  const onStack = new Map<string, number>();
  const push = (name: string) => {
    stack.push(name);
    onStack.set(name, (onStack.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const name = stack.pop()!;
    onStack.set(name, onStack.get(name)! - 1);
    return name;
  };
  const markup = new RegExp(MARKUP.source, 'g');
  for (let match = markup.exec(html); match !== null; match = markup.exec(html)) {
    if (match[0] === '<!--') {
      const close = html.indexOf('-->', markup.lastIndex);
      if (close < 0) return false;
      markup.lastIndex = close + 3;
      continue;
    }
    const end = html.indexOf('>', markup.lastIndex);
    if (end < 0) return false;
    markup.lastIndex = end + 1;
    if (match[2] === undefined) continue;
    const name = match[2].toLowerCase();
    if (match[1] === '/') {
      if (VOID.has(name) || (onStack.get(name) ?? 0) === 0) continue;
      while (pop() !== name);
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    if (closes !== undefined) while (stack.length > 0 && closes.has(stack.at(-1)!)) pop();
    if (VOID.has(name)) continue;
    if (html[end - 1] === '/' && ((onStack.get('svg') ?? 0) > 0 || (onStack.get('math') ?? 0) > 0 || FOREIGN.has(name))) continue;
    push(name);
    if (stack.length > limit) return true;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = markup.lastIndex;
      const found = close.exec(html);
      if (found === null) return false;
      markup.lastIndex = found.index;
    }
  }
  return false;
}
