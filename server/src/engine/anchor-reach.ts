// Where the context rules can use a match of another role ("with" words, context words, mitigations,
// look-alikes): near an anchor of the same rule. A whole-document scan keeps only those, since the
// common "with" and context words of a draft are most of its matches and each kept match is an object
// the rest of the scan sorts and indexes.
import { LOOK_ALIKE_REACH } from './context';
import type { RawMatch } from './match';
import { MAX_REACH } from './sentences';

/**
 * How far from an anchor the context rules look. They read an anchor's sentence, which never reaches
 * further than MAX_REACH from the anchor (see SentenceFinder), and a look-alike of the anchor or of a
 * "with" word in that sentence, which starts at most LOOK_ALIKE_REACH before it (see applyContext).
 * So a match the rules use starts in [anchor start - CONTEXT_REACH, anchor end + MAX_REACH].
 */
export const CONTEXT_REACH = MAX_REACH + LOOK_ALIKE_REACH;

/** The anchors of a document by rule, for "does a match starting here lie near an anchor of its rule". */
export class AnchorReach {
  /** Per rule with anchors: [first, end) of its anchors in the arrays below. */
  private readonly runs = new Map<number, [number, number]>();
  /** Anchor starts, by rule and then start. */
  private readonly starts: Int32Array;
  /** The largest end of the anchors of the same rule up to this one. */
  private readonly maxEnds: Int32Array;

  constructor(anchors: readonly RawMatch[]) {
    const sorted = anchors.slice().sort((a, b) => a.rule - b.rule || a.start - b.start);
    this.starts = new Int32Array(sorted.length);
    this.maxEnds = new Int32Array(sorted.length);
    let first = 0;
    for (let i = 0; i < sorted.length; i++) {
      const { rule, start, end } = sorted[i];
      if (i > first && rule !== sorted[first].rule) {
        this.runs.set(sorted[first].rule, [first, i]);
        first = i;
      }
      this.starts[i] = start;
      this.maxEnds[i] = i > first && this.maxEnds[i - 1] > end ? this.maxEnds[i - 1] : end;
    }
    if (sorted.length > 0) this.runs.set(sorted[first].rule, [first, sorted.length]);
  }

  /**
   * Whether a match of `rule` starting at `start` may be read by the context rules of one of the rule's
   * anchors: some anchor starts at most CONTEXT_REACH after it and ends at most CONTEXT_REACH before it
   * (a margin on both sides, wider than the rules need after the anchor).
   */
  covers(rule: number, start: number): boolean {
    const run = this.runs.get(rule);
    if (run === undefined) return false;
    // The last anchor of the rule that starts at or before start + CONTEXT_REACH.
    let lo = run[0];
    let hi = run[1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= start + CONTEXT_REACH) lo = mid + 1;
      else hi = mid;
    }
    return lo > run[0] && this.maxEnds[lo - 1] >= start - CONTEXT_REACH;
  }
}
