import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../support/repo-paths';

/** Where the bundled suite goes: inside the repo (gitignored out/) so `mocha` resolves from node_modules. */
export const compiledSuiteDir = path.join(repoRoot, 'out', 'e2e-vscode');

/** Bundles suite/index.ts and suite/*.test.ts into CommonJS for the extension host. */
export async function compileSuite(): Promise<string> {
  const suiteDir = path.join(__dirname, 'suite');
  const entryPoints = fs
    .readdirSync(suiteDir)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => path.join(suiteDir, name));
  fs.rmSync(compiledSuiteDir, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: compiledSuiteDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(compiledSuiteDir, 'index.js');
}
