/**
 * Every error newsgraph reports for an input has a stable code from this catalog.
 * `docs/errors.md` documents each code; a test keeps the two in sync.
 */
export const ERROR_CATALOG = {
  NG_INPUT_NOT_FOUND: 'The input path does not exist or cannot be read.',
  NG_INPUT_EMPTY: 'The input has no content.',
  NG_INPUT_TOO_LARGE: 'The input is larger than the size limit.',
  NG_INPUT_BINARY: 'The input is binary data, not text or HTML.',
  NG_GZIP_INVALID: 'The gzip stream is corrupt or truncated.',
  NG_GZIP_TOO_LARGE: 'The gzip stream expands past the size limit.',
  NG_DECODE_FAILED: 'The bytes could not be decoded as text in any known encoding.',
  NG_RECORD_INVALID: 'A JSONL line is not a valid record.',
  NG_URL_INVALID: 'The URL is malformed or not http(s).',
  NG_URL_PRIVATE: 'The URL (or a redirect) leads to a private, loopback, link-local or reserved address, which is not fetched unless allowed.',
  NG_FETCH_FAILED: 'The URL could not be reached.',
  NG_FETCH_TIMEOUT: 'The URL did not answer within the time limit.',
  NG_FETCH_STATUS: 'The server answered with an error status.',
  NG_FETCH_REDIRECTS: 'The URL redirected more times than allowed.',
  NG_NOT_PROSE: 'The input has no readable prose (no words, or one endless token).',
  NG_NO_ARTICLE: 'No article body could be found in the page.',
  NG_ROBOTS_DISALLOWED: 'The site\'s robots.txt does not allow fetching this URL.',
  NG_ROBOTS_UNAVAILABLE: 'The site\'s robots.txt answered with a server error, so nothing on the site is fetched.',
  NG_DEADLINE: 'The analysis of the article took longer than its deadline (--deadline-ms, 30 s by default) and was stopped.',
  NG_TOO_COMPLEX: 'The page has too many elements, or nests them too deeply, to analyse in bounded time.',
  NG_INTERNAL: 'An unexpected error; please report it with the input.',
  NG_STAGE_FAILED: 'Warning: one annotator failed on this article; its layer is empty, the others stand.',
  NG_STAGE_SKIPPED: 'Warning: an annotator did not run because a layer it reads is missing (an earlier annotator failed).',
  NG_QUERY_INVALID: 'HTTP API: the search query cannot be searched (unbalanced quotes or parentheses, a bad date, nothing to look for).',
  NG_REQUEST_INVALID: 'HTTP API: a parameter or the body does not match the route\'s schema.',
  NG_NOT_FOUND: 'HTTP API: no such route, document, actor or story.',
  NG_UNAUTHORIZED: 'HTTP API: adding documents needs the server\'s token (Authorization: Bearer TOKEN).',
  NG_INGEST_DISABLED: 'HTTP API: adding documents is off because the server was started without a token.',
  NG_RATE_LIMITED: 'HTTP API: the client made more requests this minute than the server allows.',
  NG_WORKER_FAILED: 'Queue worker: a job could not be finished (the store or the queue failed); it runs again later, and after its last attempt waits in the dead-letter queue.',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** An error about one input: it becomes that input's `error` record and never stops a batch. */
export class InputError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InputError';
    this.code = code;
  }
}

/** Turns anything thrown while handling one input into a catalogued error. */
export function toInputError(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InputError('NG_INTERNAL', message, { cause: error });
}
