// Loaded before every mocha run (.mocharc.json): the compiled-rules cache of the tests and of the
// servers and CLIs they start goes to a fresh temporary folder, never to the user's ~/.cache.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!process.env.CAVEAT_CACHE_DIR) {
  const dir = mkdtempSync(join(tmpdir(), 'caveat-test-cache-'));
  process.env.CAVEAT_CACHE_DIR = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
