/**
 * The corpus search syntax, turned into an SQLite FTS5 query: words (all must match), "exact
 * phrases" (curly or straight quotes), OR between alternatives, NOT before a word or phrase to
 * exclude it, parentheses for grouping. Every word is quoted for FTS5, so punctuation in a query
 * ("U.S.", "al-Sharaa") is text, never syntax.
 */

/** A query that cannot be searched: unbalanced quotes or parentheses, or nothing to look for. */
export class SearchSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchSyntaxError';
  }
}

const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/** `query` as an FTS5 MATCH expression. */
export function toFtsQuery(query: string): string {
  const normalized = query.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019]/g, "'");
  const parts: string[] = [];
  let depth = 0;
  const pattern = /"([^"]*)("?)|(\()|(\))|([^\s()"]+)/g;
  for (const match of normalized.matchAll(pattern)) {
    const [, phrase, closed, open, close, word] = match;
    if (phrase !== undefined) {
      if (closed !== '"') throw new SearchSyntaxError(`unbalanced quotation mark in "${query}"`);
      if (phrase.trim() !== '') parts.push(quote(phrase));
    } else if (open !== undefined) {
      depth++;
      parts.push('(');
    } else if (close !== undefined) {
      if (--depth < 0) throw new SearchSyntaxError(`unbalanced parenthesis in "${query}"`);
      parts.push(')');
    } else if (word !== undefined) {
      parts.push(OPERATORS.has(word) ? word : quote(word));
    }
  }
  if (depth !== 0) throw new SearchSyntaxError(`unbalanced parenthesis in "${query}"`);
  if (!parts.some((part) => part.startsWith('"'))) throw new SearchSyntaxError(`nothing to search for in "${query}"`);
  // FTS5's NOT is binary ("a NOT b"): "a AND NOT b" is written "a NOT b", and it needs a term before it.
  const terms = parts.filter((part, i) => !(part === 'AND' && parts[i + 1] === 'NOT'));
  terms.forEach((part, i) => {
    const before = terms[i - 1];
    const after = terms[i + 1];
    if (OPERATORS.has(part) && (before === undefined || before === '(' || OPERATORS.has(before))) {
      throw new SearchSyntaxError(`${part} needs words before it in "${query}" (to exclude a word from everything, search for something first)`);
    }
    if (OPERATORS.has(part) && (after === undefined || after === ')')) throw new SearchSyntaxError(`${part} needs words after it in "${query}"`);
  });
  return terms.join(' ');
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
