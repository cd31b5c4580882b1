// Entry point of dist/cli.js (bin/caveat.js): runs a CLI command, or becomes the language server.
import { main } from './cli/main';
import { startServer } from './server';

const result = main(process.argv.slice(2));
if (result === 'server') {
  startServer();
} else {
  process.exitCode = result;
}
