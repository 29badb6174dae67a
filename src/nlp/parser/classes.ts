/**
 * Names of the models' classes, as the weights files store them: the tagger's "UPOS XPOS"
 * pairs, the parser's "SHIFT", "L:<relation>" and "R:<relation>".
 */
import { WeightsFileError } from './weights.js';

export const ROOT_RELATION = 'root';

export function tagClass(upos: string, xpos: string): string {
  return `${upos} ${xpos}`;
}

export function splitTagClass(name: string): { upos: string; xpos: string } {
  const space = name.indexOf(' ');
  return { upos: name.slice(0, space), xpos: name.slice(space + 1) };
}

export function moveClasses(relations: readonly string[]): string[] {
  return ['SHIFT', ...relations.map((r) => `L:${r}`), ...relations.map((r) => `R:${r}`)];
}

/** The relations behind a parser's classes; throws, naming `file`, when they are not SHIFT, L:* and R:* in that order. */
export function relationsOf(classes: readonly string[], file: string): string[] {
  const count = (classes.length - 1) / 2;
  const relations = classes.slice(1, 1 + count).map((name) => name.slice(2));
  const expected = moveClasses(relations);
  if (!Number.isInteger(count) || expected.some((name, i) => name !== classes[i]) || !relations.includes(ROOT_RELATION)) {
    throw new WeightsFileError(file, 'does not hold SHIFT, L:<relation> and R:<relation> classes with a root relation');
  }
  return relations;
}
