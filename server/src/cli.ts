// Entry point of dist/cli.js (bin/caveat.js): runs a CLI command, or becomes the language server.
import { main } from './cli/main';
import { startServer } from './server';

void main(process.argv.slice(2)).then(
  (result) => {
    if (result === 'server') startServer();
    else process.exitCode = result;
  },
  (e: unknown) => {
    process.stderr.write(`caveat: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
