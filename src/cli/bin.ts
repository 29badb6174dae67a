/** The command line as a process: what bin/newsgraph.js runs (bundled), runnable from source with tsx. */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error('newsgraph: internal error:', error);
    process.exitCode = 1;
  },
);
