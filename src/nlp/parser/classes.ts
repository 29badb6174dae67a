/**
 * Names of the models' classes, as the weights files store them: the tagger's "UPOS XPOS"
 * pairs, the parser's moves, the labeller's relations.
 */
import { MOVES } from './transitions.js';
import { WeightsFileError } from './weights.js';

export const ROOT_RELATION = 'root';

export function tagClass(upos: string, xpos: string): string {
  return `${upos} ${xpos}`;
}

export function splitTagClass(name: string): { upos: string; xpos: string } {
  const space = name.indexOf(' ');
  return { upos: name.slice(0, space), xpos: name.slice(space + 1) };
}

/** Checks that a parser's classes are the arc-hybrid moves; throws naming `file`. */
export function checkMoveClasses(classes: readonly string[], file: string): void {
  if (classes.length !== MOVES.length || MOVES.some((name, i) => classes[i] !== name)) {
    throw new WeightsFileError(file, `does not hold the moves ${MOVES.join(', ')}`);
  }
}

/** Checks that a labeller's classes include the root relation; throws naming `file`. */
export function checkRelationClasses(classes: readonly string[], file: string): void {
  if (!classes.includes(ROOT_RELATION)) throw new WeightsFileError(file, `has no "${ROOT_RELATION}" relation`);
}
