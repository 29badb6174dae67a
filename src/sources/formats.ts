/** File names newsgraph reads, and what each holds. */
const FORMAT_BY_EXTENSION: Record<string, 'html' | 'text' | 'jsonl'> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export interface FileFormat {
  readonly format: 'html' | 'text' | 'jsonl';
  readonly gzip: boolean;
}

/** The format a file name declares (`page.html.gz` is gzipped HTML), or null for other files. */
export function formatOfPath(path: string): FileFormat | null {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const name = gzip ? lower.slice(0, -3) : lower;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  const format = FORMAT_BY_EXTENSION[name.slice(dot)];
  return format ? { format, gzip } : null;
}

/** The format a Content-Type header declares, or `auto` when it says nothing useful. */
export function formatOfContentType(contentType: string | null): 'html' | 'text' | 'auto' {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/plain' || mime === 'text/markdown') return 'text';
  return 'auto';
}

/** The `charset=` parameter of a Content-Type header. */
export function charsetOfContentType(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}
