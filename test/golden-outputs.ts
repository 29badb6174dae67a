/** The golden outputs of one example: its JSON and its pretty print, as the command line writes them. */
import { runCli } from './helpers.js';

export const GOLDEN_DIR = new URL('./golden/', import.meta.url);
/** The checkout's own address, which sources carry (file:///...): written as a placeholder, so the files hold wherever the repository lies. */
const REPOSITORY = new URL('../', import.meta.url).href;

export async function goldenOutputs(example: string): Promise<{ file: string; output: string }[]> {
  const path = `examples/${example}`;
  const outputs = [];
  for (const [format, extension] of [['json', 'json'], ['pretty', 'pretty.txt']] as const) {
    const { status, out, err } = await runCli(['analyze', path, '--format', format]);
    if (status !== 0) throw new Error(`analyze ${path} --format ${format} exited ${status}: ${err}`);
    outputs.push({ file: `${example.replace(/\.[^.]+$/, '')}.${extension}`, output: out.replaceAll(REPOSITORY, 'file:///REPOSITORY/') });
  }
  return outputs;
}
