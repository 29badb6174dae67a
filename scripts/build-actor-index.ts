/**
 * Writes data/actors/kb-index.json: the phrase keys of every name in the actor knowledge base
 * (kb.json and the curated lists) and of the organisations of sector-implying gazetteer lists, so that analyzers look names up without computing some
 * 60,000 keys at start-up. Run after changing kb.json, a curated list or the transliteration
 * rules; an analyzer refuses to start with an index built from other versions of them.
 *
 *   npm run actors:index
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexKnowledgeBase, KB_INDEX_FILE, KB_INDEX_INPUTS, mergedActors, readKnowledgeBaseFiles, readSectorLists, replacedActors } from '../src/facts/actors/kb.js';
import { dataUrl, defaultResources } from '../src/resources.js';

const resources = defaultResources();
const index = resources.run(() => {
  const data = resources.data;
  const { built, curated } = readKnowledgeBaseFiles(data);
  const dropped = replacedActors(built, curated);
  return indexKnowledgeBase({ ...built, actors: mergedActors(built, curated, dropped) }, readSectorLists(data), dropped, data.hashOf(KB_INDEX_INPUTS));
});
const out = fileURLToPath(dataUrl(KB_INDEX_FILE));
writeFileSync(out, `${JSON.stringify(index)}\n`);
console.log(`${out}: ${new Set(index.actors.keys).size} actor names, ${index.places.keys.length} places, ${index.droppedActors.length} dictionary actors replaced by curated ones`);
