/** The tagger's resources for scripts: the shipped ones, or other gazetteers for ablations (`{"lists":{}}` for none). */
import { readFileSync } from 'node:fs';
import type { NerResources } from '../../src/nlp/ner/features.js';
import { Gazetteer } from '../../src/nlp/ner/gazetteer.js';
import { nerResources, shippedClusters } from '../../src/nlp/ner/tagger.js';

export function scriptResources(gazetteersFile: string | undefined): NerResources {
  if (gazetteersFile === undefined) return nerResources();
  return { clusters: shippedClusters(), gazetteer: new Gazetteer(JSON.parse(readFileSync(gazetteersFile, 'utf8'))) };
}
