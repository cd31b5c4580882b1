import path from 'node:path';

// The input lists live outside the repository (../shared/data) because several of their
// licences (CC BY-NC, AGPL, none stated) do not let us redistribute copies. CAVEAT_DATA_DIR
// points the generator at another copy, e.g. a fresh download.
export function dataDir(): string {
  return process.env.CAVEAT_DATA_DIR ?? path.resolve(__dirname, '../../../shared/data');
}

export function dataFile(name: string): string {
  return path.join(dataDir(), name);
}

/** Repository root, for writing the generated packs. */
export const repoRoot = path.resolve(__dirname, '../..');
