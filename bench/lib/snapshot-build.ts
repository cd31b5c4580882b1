// Others edit the engine while the bench runs: bundling the bench (with the engine) once at the start
// measures one consistent snapshot, the same way dist/ is built (esbuild, one CommonJS file each).
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export const ENTRIES = ['main', 'workers/scan-worker', 'workers/compile-worker'];

/** Bundles the bench entries into outDir; retries while the sources do not compile. */
export function bundleSnapshot(repo: string, outDir: string, attempts = 6, waitMs = 15_000): void {
  for (let attempt = 1; ; attempt++) {
    try {
      buildSync({
        entryPoints: ENTRIES.map((e) => ({ in: join(repo, 'bench', `${e}.ts`), out: e.replace('workers/', '') })),
        outdir: outDir,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: 'linked',
        logLevel: 'silent',
      });
      return;
    } catch (e) {
      if (attempt >= attempts) throw e;
      process.stderr.write(
        `bench: the sources do not build right now (${(e as Error).message.split('\n')[1] ?? e}); retrying in ${waitMs / 1000} s\n`,
      );
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, waitMs);
    }
  }
}
