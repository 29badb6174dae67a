/**
 * Zeroed Int32Arrays of one length, one per name, sharing one buffer. Parsing builds a few
 * dozen such arrays per sentence; as views of one buffer they cost one allocation instead of
 * one each (an array of over 64 bytes gets its own buffer outside V8's heap, slow to
 * allocate and to collect).
 */
export function int32Columns<Name extends string>(names: readonly Name[], length: number): Record<Name, Int32Array> {
  const buffer = new ArrayBuffer(names.length * length * 4);
  const columns = {} as Record<Name, Int32Array>;
  names.forEach((name, column) => (columns[name] = new Int32Array(buffer, column * length * 4, length)));
  return columns;
}
