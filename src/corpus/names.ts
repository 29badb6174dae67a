/** Actor refs (keys, or "document#entity" for an entity without a key) to the names to show. */
import type { Kysely } from 'kysely';
import type { CorpusDatabase } from './schema.js';

export async function actorNames(db: Kysely<CorpusDatabase>, refs: readonly string[]): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const rows = await db.selectFrom('actors').select(['key', 'name']).where('key', 'in', [...new Set(refs)]).execute();
  const names = new Map(rows.map((row) => [row.key, row.name]));
  // Refs of unkeyed entities (document#entity) name the entity of that document.
  for (const ref of refs) {
    if (names.has(ref) || !ref.includes('#')) continue;
    const [documentId, entityId] = ref.split('#') as [string, string];
    const entity = await db.selectFrom('entities').select('name').where('document_id', '=', documentId).where('entity_id', '=', entityId).executeTakeFirst();
    names.set(ref, entity?.name ?? ref);
  }
  return names;
}
