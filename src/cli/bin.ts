/** The command line as a process: what bin/newsgraph.js runs (bundled), runnable from source with tsx. */
import { main } from './main.js';

// A reader that stops early (`newsgraph export | head`) is no error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error('newsgraph: internal error:', error);
    process.exitCode = 1;
  },
);
