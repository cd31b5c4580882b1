#!/usr/bin/env node
// The `caveat` command: runs the bundled CLI (npm run build writes dist/cli.js).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('caveat: dist/cli.js is missing; run `npm run build` first\n');
  process.exit(2);
}
require(cli);
