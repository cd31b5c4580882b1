// Bundles the client, the server and the CLI with esbuild: one file each, so the extension and the
// CLI start fast and ship without node_modules.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  define: { CAVEAT_VERSION: JSON.stringify(version) },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server-main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  // Loaded by dist/cli.js only when needed (server/src/cli/built-modules.ts): the threads of a parallel
  // scan, and the Word and PDF readers.
  build({ ...common, entryPoints: ['server/src/cli/scan-worker.ts'], outfile: 'dist/scan-worker.js' }),
  build({ ...common, entryPoints: ['server/src/cli/office-documents.ts'], outfile: 'dist/office-documents.js' }),
  // Run by the language server to load a large rule set in a process of its own (lsp/rule-set.ts).
  build({ ...common, entryPoints: ['server/src/lsp/rule-set-child.ts'], outfile: 'dist/rule-set-child.js' }),
]);
// Packs validated now load without YAML parsing at run time (see scripts/build-rule-cache.ts).
await build({ ...common, entryPoints: ['scripts/build-rule-cache.ts'], outfile: 'dist/build-rule-cache.js', sourcemap: false });
execFileSync(process.execPath, ['dist/build-rule-cache.js'], { stdio: 'inherit' });
console.log(`built dist/ (caveat ${version}${production ? ', production' : ''})`);
