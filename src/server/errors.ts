/**
 * Errors as the API answers them: `{statusCode, code, error, message}` with a stable code from
 * the catalog (src/errors.ts, docs/errors.md), Fastify's own client errors included.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SearchSyntaxError } from '../corpus/search.js';
import type { ErrorCode } from '../errors.js';

/** An error the API answers with its status and catalogued code. */
export class ApiError extends Error {
  constructor(readonly statusCode: number, readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 429: 'Too Many Requests', 500: 'Internal Server Error' };

export function notFound(what: string): ApiError {
  return new ApiError(404, 'NG_NOT_FOUND', `no ${what}`);
}

export function replyToError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  let statusCode: number;
  let code: string;
  if (error instanceof ApiError) {
    ({ statusCode, code } = error);
  } else if (error instanceof SearchSyntaxError) {
    statusCode = 400;
    code = 'NG_QUERY_INVALID';
  } else if ('validation' in error && error.validation !== undefined) {
    statusCode = 400;
    code = 'NG_REQUEST_INVALID';
  } else if ('statusCode' in error && error.statusCode === 429) {
    statusCode = 429;
    code = 'NG_RATE_LIMITED';
  } else if ('statusCode' in error && typeof error.statusCode === 'number' && error.statusCode < 500) {
    // Fastify's own refusals of a request (a body that is not JSON, over the size limit, of an
    // unknown type or encoding) answered with its FST_* codes, which no client could look up.
    statusCode = error.statusCode;
    code = statusCode === 413 ? 'NG_INPUT_TOO_LARGE' : statusCode === 404 ? 'NG_NOT_FOUND' : 'NG_REQUEST_INVALID';
  } else {
    statusCode = 500;
    code = 'NG_INTERNAL';
    request.log.error(error);
  }
  // A server error's message may name files or queries: the client gets the code, the log the details.
  const message = statusCode === 500 ? 'an unexpected error; the server log has the details' : error.message;
  void reply.code(statusCode).send({ statusCode, code, error: STATUS_TEXT[statusCode] ?? 'Error', message });
}
