// Where the bundled rules live: found upward from this module, so the same code works from the
// sources (tests), from dist/ (CLI, server) and from an installed extension.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

export function bundledRulesDir(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'rules');
    if (existsSync(join(candidate, 'schema', 'rule-pack.schema.json'))) {
      cached = candidate;
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Caveat's bundled rules were not found above ${__dirname}`);
    dir = parent;
  }
}
