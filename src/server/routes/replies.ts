/** The error answers a route declares, by status, all of one shape (schemas.ts ErrorReply). */
export function errorReplies(...statuses: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries(statuses.map((status) => [status, { $ref: 'ErrorReply#' }]));
}
