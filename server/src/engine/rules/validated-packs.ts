// Workspace packs that passed validation before, remembered by the SHA-1 of their text: a pack of
// 50,000 names takes a second to validate rule by rule, and its text rarely changes. A marker file per
// pack text, named with the schema's fingerprint, so a new schema or engine validates again. Only
// hashes of rule files are written, never a draft.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFingerprint } from './validate';

/** Markers kept: one per pack text; old ones go, most recently used first. */
const KEEP_MARKERS = 200;

export class ValidatedPacks {
  constructor(private readonly dir: string) {}

  private marker(hash: string): string {
    return join(this.dir, `${hash}-${schemaFingerprint()}`);
  }

  /** Whether a pack with this text hash validated without any problem before. */
  has(hash: string): boolean {
    try {
      return statSync(this.marker(hash)).isFile();
    } catch {
      return false;
    }
  }

  /** Remembers a clean pack; a folder that cannot be written only costs the validation next time. */
  remember(hash: string): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(this.marker(hash), '');
      const markers = readdirSync(this.dir);
      if (markers.length > KEEP_MARKERS) {
        const byAge = markers.map((f) => ({ f, t: statSync(join(this.dir, f)).mtimeMs })).sort((a, b) => b.t - a.t);
        for (const { f } of byAge.slice(KEEP_MARKERS)) rmSync(join(this.dir, f), { force: true });
      }
    } catch {
      // best effort
    }
  }
}
