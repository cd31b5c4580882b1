// Compares a fast reader with its reference parser: the prose words each finds, with their offsets.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedDocument } from '../../server/src/engine/extract/types';
import { tokenize } from '../../server/src/engine/tokenize';

export const REPO = join(__dirname, '..', '..');

type Reader = (text: string) => ExtractedDocument;

/** The prose words of a masked text with their offsets, e.g. "12:quantum". */
function words(masked: string): Set<string> {
  const out = new Set<string>();
  tokenize(masked, (start, _end, key) => out.add(`${start}:${key}`));
  return out;
}

/** Words only one of the two readers found; both lists empty when they agree. */
export function proseDifference(fast: Reader, reference: Reader, text: string): { onlyFast: string[]; onlyOracle: string[] } {
  const a = words(fast(text).masked);
  const b = words(reference(text).masked);
  return { onlyFast: [...a].filter((w) => !b.has(w)), onlyOracle: [...b].filter((w) => !a.has(w)) };
}

/** The example drafts and the corpus drafts with an extension. */
export function draftFiles(extension: string): string[] {
  return [join(REPO, 'examples'), join(REPO, 'test', 'corpus', 'docs')].flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith(extension))
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
}
