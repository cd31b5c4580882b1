// Entry point of dist/cli.js (bin/caveat.js): runs a CLI command, or becomes the language server.
import { LANGUAGE_SERVER, loadBuiltModule } from './cli/built-modules';
import { main } from './cli/main';

// A reader that stops early (`caveat scan ... | head`) closes the pipe: stop quietly with the exit
// code so far, as other command-line tools do, rather than crash with EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void main(process.argv.slice(2)).then(
  (result) => {
    if (result === 'server') loadBuiltModule(LANGUAGE_SERVER);
    else process.exitCode = result;
  },
  (e: unknown) => {
    process.stderr.write(`caveat: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
