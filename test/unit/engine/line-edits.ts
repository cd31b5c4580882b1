// Random edits at or near line starts (where readers change state: fences, math, clause numbers,
// paragraphs), checked against a full scan after each: shared by the incremental-scan property tests.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { type CompiledRules, IncrementalScanner, type Language, scanDocument } from '../../../server/src/engine';

/** A uniform fraction: fc.double draws mostly values next to 0, so edits would crowd the start. */
export const fraction = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);

export const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index as number) + 1)];

export interface LineEdit {
  remove: fc.Arbitrary<number>;
  insert: fc.Arbitrary<string>;
  /** How far from the line's start (default: up to 3 characters). */
  column?: fc.Arbitrary<number>;
}

/**
 * Property: after each of 1-10 edits, an incremental scan reports what a full scan reports (findings,
 * notices, fallback). Returns how many edits the scanner followed incrementally over all runs.
 */
export function assertFollowsLineEdits(
  draft: string,
  language: Language,
  compiled: CompiledRules,
  edit: LineEdit,
  run: { numRuns: number; seed: number },
): number {
  const { column = fc.nat({ max: 3 }), ...rest } = edit;
  const edits = fc.array(fc.record({ line: fraction, column, ...rest }), { minLength: 1, maxLength: 10 });
  let followed = 0;
  fc.assert(
    fc.property(edits, (list) => {
      const scanner = new IncrementalScanner();
      let text = draft;
      scanner.scan(text, language, compiled);
      for (const e of list) {
        const starts = lineStarts(text);
        const at = Math.min(text.length, starts[Math.floor(e.line * starts.length)] + e.column);
        text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        assert.deepEqual(scanner.scan(text, language, compiled), scanDocument(text, language, compiled));
      }
      followed += scanner.stats.incrementalScans;
    }),
    run,
  );
  return followed;
}
