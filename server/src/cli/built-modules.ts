// Modules the build writes as files of their own beside the CLI bundle (scripts/build.mjs), loaded only
// when needed: the scan worker, the Word and PDF readers (mammoth and pdf.js, most of the code), the
// language server. Their paths are computed, so the bundler does not copy them into dist/cli.js; from
// the sources (the tests, under tsx) the TypeScript module is loaded instead.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const fromSources = __filename.endsWith('.ts');

export interface BuiltModule {
  /** Beside the bundle, in dist/. */
  bundle: string;
  /** Relative to this folder (server/src/cli). */
  source: string;
}

export const SCAN_WORKER: BuiltModule = { bundle: 'scan-worker.js', source: 'scan-worker.ts' };
export const OFFICE_READERS: BuiltModule = { bundle: 'office-documents.js', source: 'office-documents.ts' };
/** Loads and compiles a large rule set in a process of its own (see lsp/rule-set.ts). */
export const RULE_SET_CHILD: BuiltModule = { bundle: 'rule-set-child.js', source: '../lsp/rule-set-child.ts' };
/** Starts the language server when loaded. */
export const LANGUAGE_SERVER: BuiltModule = { bundle: 'server.js', source: '../server-main.ts' };

export function builtModulePath(module: BuiltModule): string {
  return join(__dirname, fromSources ? module.source : module.bundle);
}

/** Node flags a worker thread needs to run a module of the sources: tsx, as the tests run under it. */
export function workerExecArgv(): string[] | undefined {
  if (!fromSources) return undefined; // the process's own flags (a --require preload, say) apply
  // createRequire: the bundler must not try to bundle tsx.
  return [...process.execArgv, '--require', createRequire(__filename).resolve('tsx/cjs')];
}

export function loadBuiltModule<T>(module: BuiltModule): T {
  return require(builtModulePath(module)) as T;
}
