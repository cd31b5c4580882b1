// What the two rule caches (compiled-cache.ts, rule-set-snapshot.ts) share: keys from the pack files'
// stamps, and entries that are files whose modification time says when they were last used, a
// folder keeping only the latest few.
import type { Hash } from 'node:crypto';
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Adds the files an entry was made from to its key: path, size and modification time, never their
 * text (reading it is what a cache hit must spare).
 */
export function hashFileStamps(hash: Hash, files: string[]): void {
  for (const file of files) {
    try {
      const st = statSync(file);
      hash.update(`\u0001${file}\u0002${st.size}\u0002${st.mtimeMs}`);
    } catch {
      hash.update(`\u0001${file}\u0002missing`);
    }
  }
}

/** Marks an entry as just used. */
export function touchEntry(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // a read-only cache still serves
  }
}

/**
 * Keeps the `keep` most recently used entries (files ending in `extension`) of dir; leftovers of
 * interrupted writes (`.tmp`) go once a minute old. An open entry stays readable through its
 * descriptor when its file goes (POSIX and Windows), so pruning never breaks a reader.
 */
export function pruneEntries(dir: string, extension: string, keep: number): void {
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith(extension) || f.endsWith('.tmp'))
    .flatMap((f) => {
      const path = join(dir, f);
      try {
        return [{ path, used: statSync(path).mtimeMs, temp: f.endsWith('.tmp') }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.used - a.used);
  const stale = Date.now() - 60_000;
  let kept = 0;
  for (const e of entries) {
    if (e.temp ? e.used < stale : ++kept > keep) rmSync(e.path, { force: true });
  }
}
