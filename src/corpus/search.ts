/**
 * The corpus search syntax: words (all must match), "exact phrases" (curly or straight quotes),
 * OR between alternatives, NOT before a word or phrase to exclude it, parentheses for grouping,
 * and field filters (`actor:"Donald Trump" type:ACCUSE status:planned from:2016-01-01 to:2016-07-01
 * outlet:Reuters lang:en`; a filter given twice accepts either value). The words become a list of
 * terms (phrases and operators) that each store's full-text search renders (src/corpus/dialect.ts):
 * a word or phrase is always text, so punctuation ("U.S.", "al-Sharaa") is never syntax.
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

/** A word or phrase to find, an operator, or a parenthesis. */
export type QueryTerm = { readonly phrase: string } | 'AND' | 'OR' | 'NOT' | '(' | ')';

export interface ParsedQuery {
  /** The words, phrases and operators; null when the query is only filters. */
  readonly terms: readonly QueryTerm[] | null;
  readonly filters: SearchFilters;
}

const FILTER = new RegExp(`(?:^|(?<=\\s))(${FILTER_FIELDS.join('|')}):(?:"([^"]*)"|([^\\s"()]+))`, 'g');

/** A query's filters and the terms of the rest. */
export function parseQuery(query: string): ParsedQuery {
  const filters = Object.fromEntries(FILTER_FIELDS.map((field) => [field, [] as string[]])) as unknown as SearchFilters;
  const rest = normalizeQuotes(query).replace(FILTER, (_match, field: keyof SearchFilters, quoted?: string, bare?: string) => {
    filters[field].push((quoted ?? bare ?? '').trim());
    return ' ';
  });
  const hasFilter = FILTER_FIELDS.some((field) => filters[field].length > 0);
  if (rest.trim() === '' && hasFilter) return { terms: null, filters };
  return { terms: queryTerms(rest), filters };
}

function normalizeQuotes(text: string): string {
  return text.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019]/g, "'");
}

/**
 * `query` (words, phrases and operators; no filters) as terms, checked: quotes and parentheses
 * balanced, an operator between two operands, something to find. "a AND NOT b" becomes "a NOT b"
 * (NOT is binary, as in FTS5: it needs a term before it), and "a b" becomes "a AND b".
 */
export function queryTerms(query: string): QueryTerm[] {
  const normalized = normalizeQuotes(query);
  const parts: QueryTerm[] = [];
  let depth = 0;
  const pattern = /"([^"]*)("?)|(\()|(\))|([^\s()"]+)/g;
  for (const match of normalized.matchAll(pattern)) {
    const [, phrase, closed, open, close, word] = match;
    if (phrase !== undefined) {
      if (closed !== '"') throw new SearchSyntaxError(`unbalanced quotation mark in "${query}"`);
      if (phrase.trim() !== '') parts.push({ phrase });
    } else if (open !== undefined) {
      depth++;
      parts.push('(');
    } else if (close !== undefined) {
      if (--depth < 0) throw new SearchSyntaxError(`unbalanced parenthesis in "${query}"`);
      parts.push(')');
    } else if (word !== undefined) {
      parts.push(isOperator(word) ? word : { phrase: word });
    }
  }
  if (depth !== 0) throw new SearchSyntaxError(`unbalanced parenthesis in "${query}"`);
  if (!parts.some((part) => typeof part !== 'string')) throw new SearchSyntaxError(`nothing to search for in "${query}"`);
  const terms = parts.filter((part, i) => !(part === 'AND' && parts[i + 1] === 'NOT'));
  terms.forEach((part, i) => {
    if (typeof part !== 'string' || !isOperator(part)) return;
    const before = terms[i - 1];
    const after = terms[i + 1];
    if (before === undefined || before === '(' || (typeof before === 'string' && isOperator(before))) {
      throw new SearchSyntaxError(`${part} needs words before it in "${query}" (to exclude a word from everything, search for something first)`);
    }
    if (after === undefined || after === ')') throw new SearchSyntaxError(`${part} needs words after it in "${query}"`);
  });
  // Words side by side must all match: the AND between them is written out (FTS5 wants it after a parenthesis).
  const operand = (term: QueryTerm | undefined) => term !== undefined && (typeof term !== 'string' || term === ')');
  return terms.flatMap((term, i) => (operand(terms[i - 1]) && (typeof term !== 'string' || term === '(') ? ['AND' as const, term] : [term]));
}

function isOperator(word: string): word is 'AND' | 'OR' | 'NOT' {
  return OPERATORS.has(word);
}
