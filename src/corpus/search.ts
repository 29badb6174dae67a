/**
 * The corpus search syntax: words (all must match), "exact phrases" (curly or straight quotes),
 * OR between alternatives, NOT before a word or phrase to exclude it, parentheses for grouping,
 * and field filters (`actor:"Donald Trump" type:ACCUSE status:planned from:2016-01-01 to:2016-07-01
 * outlet:Reuters lang:en`; a filter given twice accepts either value). The words become an SQLite
 * FTS5 query in which every word is quoted, so punctuation ("U.S.", "al-Sharaa") is text, never
 * syntax.
 */

/** A query that cannot be searched: unbalanced quotes or parentheses, or nothing to look for. */
export class SearchSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchSyntaxError';
  }
}

const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/** The field filters of a query, each with the values given (any may match). */
export interface SearchFilters {
  /** Actor names: articles that name the actor. */
  actor: string[];
  /** PLOVER categories: articles with an event of the category. */
  type: string[];
  /** Event statuses: articles with an event of the status. */
  status: string[];
  /** Publication dates, from (inclusive) and to (exclusive), ISO. */
  from: string[];
  to: string[];
  /** Publishers: articles whose publisher contains it (any case). */
  outlet: string[];
  lang: string[];
}

export const FILTER_FIELDS = ['actor', 'type', 'status', 'from', 'to', 'outlet', 'lang'] as const;

export interface ParsedQuery {
  /** The FTS5 expression of the words and phrases; null when the query is only filters. */
  readonly match: string | null;
  readonly filters: SearchFilters;
}

const FILTER = new RegExp(`(?:^|(?<=\\s))(${FILTER_FIELDS.join('|')}):(?:"([^"]*)"|([^\\s"()]+))`, 'g');

/** A query's filters and the FTS5 expression of the rest. */
export function parseQuery(query: string): ParsedQuery {
  const filters = Object.fromEntries(FILTER_FIELDS.map((field) => [field, [] as string[]])) as unknown as SearchFilters;
  const rest = normalizeQuotes(query).replace(FILTER, (_match, field: keyof SearchFilters, quoted?: string, bare?: string) => {
    filters[field].push((quoted ?? bare ?? '').trim());
    return ' ';
  });
  const hasFilter = FILTER_FIELDS.some((field) => filters[field].length > 0);
  if (rest.trim() === '' && hasFilter) return { match: null, filters };
  return { match: toFtsQuery(rest), filters };
}

function normalizeQuotes(text: string): string {
  return text.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019]/g, "'");
}

/** `query` (words, phrases and operators; no filters) as an FTS5 MATCH expression. */
export function toFtsQuery(query: string): string {
  const normalized = normalizeQuotes(query);
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
