import Type from 'typebox';
import { resource, Strings } from '../resources.js';

const BoilerplateSchema = Type.Object({
  lines: Type.Record(Type.String(), Strings),
  signoff: Strings,
  paywall: Strings,
  commentMarkers: Strings,
});

export interface Boilerplate {
  /** Whole-line patterns, by concept (`commentStatus`, `sharePrompts`, ...). */
  readonly lines: { readonly concept: string; readonly pattern: RegExp }[];
  readonly signoff: RegExp[];
  readonly paywall: RegExp[];
  readonly commentMarkers: RegExp[];
}

const compile = (source: string) => new RegExp(source, 'iu');

/** The phrases of `data/boilerplate.json`, compiled once. */
export const boilerplate = resource('boilerplate patterns', (data): Boilerplate => {
  const file = data.json('boilerplate.json', BoilerplateSchema);
  return {
    lines: Object.entries(file.lines).flatMap(([concept, patterns]) =>
      patterns.map((pattern) => ({ concept, pattern: compile(pattern) })),
    ),
    signoff: file.signoff.map(compile),
    paywall: file.paywall.map(compile),
    commentMarkers: file.commentMarkers.map(compile),
  };
});

/** Lines longer than this are prose, whatever words they contain. */
export const MAX_BOILERPLATE_LINE = 320;

/** The concept a line of page furniture belongs to, or null when it reads as article text. */
export function boilerplateConcept(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > MAX_BOILERPLATE_LINE) return null;
  for (const { concept, pattern } of boilerplate().lines) {
    if (pattern.test(trimmed)) return concept;
  }
  return null;
}

export function isCommentMarker(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length < 80 && boilerplate().commentMarkers.some((pattern) => pattern.test(trimmed));
}

export function hasPaywallPrompt(text: string): boolean {
  return boilerplate().paywall.some((pattern) => pattern.test(text));
}

/** The publisher named by a sign-off line ("— Reuters", "Source: AFP"), or null. */
export function signoffPublisher(line: string): string | null {
  const trimmed = line.trim();
  for (const pattern of boilerplate().signoff) {
    const name = pattern.exec(trimmed)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}
