/**
 * The readability check the issue's words cannot make alone: an issue that takes in the verb of
 * its own clause ("her opposition to the levy angered farmers" -> "levy angered farmers") reads
 * on as a sentence, not as the thing supported or opposed. The article is parsed again, and the
 * issue is placed in its stance's evidence.
 */
import { layersThrough } from '../../src/analyze.js';
import type { Article, Stance } from '../../src/document/contract.js';
import { treeOf, type DependencyTree } from '../../src/facts/tree.js';
import { wordsOf, type Word } from '../../src/facts/words.js';
import { parseAnnotator } from '../../src/nlp/parse.js';
import { defaultResources } from '../../src/resources.js';

/** Per stance, the verb of its own clause its issue takes in ("takes in its clause's verb \"angered\""), or null. */
export function clauseVerbReasons(article: Article, stances: readonly Stance[]): (string | null)[] {
  return defaultResources().loadAll().run(() => {
    const layers = layersThrough(article, parseAnnotator);
    const words = wordsOf(layers.tokens!, layers.sentences!);
    const tree = treeOf(layers.parse!);
    return stances.map((stance) => {
      const placed = placeIssue(words, stance);
      if (placed === undefined) return null;
      const verb = clauseVerbWithin(tree, placed[0], placed[1]);
      return verb < 0 ? null : `takes in its clause's verb "${words[verb]!.text}"`;
    });
  });
}

const compact = (text: string) => text.toLowerCase().replace(/\s+/gu, '');

/** The words `[first, last)` of the stance's evidence that spell its issue (spaces aside), the first such; undefined where none do (a name, a phrase cut from within). */
function placeIssue(words: readonly Word[], stance: Stance): [number, number] | undefined {
  const target = compact(stance.issue);
  const inEvidence = words.flatMap((word, k) => (word.start >= stance.evidence.start && word.end <= stance.evidence.end ? [k] : []));
  for (const first of inEvidence) {
    let spelled = '';
    for (let k = first; k < words.length && words[k]!.end <= stance.evidence.end; k++) {
      spelled += compact(words[k]!.form);
      if (spelled === target) return [first, k + 1];
      if (!target.startsWith(spelled)) break;
    }
  }
  return undefined;
}

/**
 * A word of `[first, last)` whose subject starts before `first` and goes on into the issue: the
 * issue began inside that subject and went on into its verb. A clause the issue holds whole has
 * its subject inside ("that voters want change"); an act asked of someone has it before and
 * apart ("Smith should resign"). -1 where there is none.
 */
export function clauseVerbWithin(tree: DependencyTree, first: number, last: number): number {
  for (let k = first; k < last; k++) {
    for (const dependent of tree.dependentsOf(k)) {
      const [subjectFirst, subjectLast] = tree.extent(dependent);
      if (tree.baseRelation(dependent) === 'nsubj' && subjectFirst < first && subjectLast >= first) return k;
    }
  }
  return -1;
}
