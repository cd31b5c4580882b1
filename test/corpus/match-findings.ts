// Judges one document's findings against its annotations: true positives, false positives, misses.
import type { Finding } from '../../server/src/engine/types';
import { type ExpectedSpan, overlaps, type ResolvedAnnotations, type Span } from './annotations';

/**
 * Only findings a user would see as a risk count. Green findings are information-level hints (including
 * red/orange findings lowered to green by a stated mitigation); accepted findings were waived by a
 * directive; 'directive' findings are about Caveat's own comments, not about the draft.
 */
export type Exclusion = 'green' | 'accepted' | 'directive';

export function exclusionOf(f: Finding): Exclusion | undefined {
  if (f.category === 'directive') return 'directive';
  if (f.accepted) return 'accepted';
  if (f.risk === 'green') return 'green';
  return undefined;
}

export type FalsePositiveKind = 'look-alike' | 'wrong-category' | 'unannotated';

export interface FalsePositive {
  finding: Finding;
  kind: FalsePositiveKind;
  /** The must_not or expected span involved, if any. */
  span?: Span;
}

export interface Miss {
  span: ExpectedSpan;
  /** What the engine did say about the span, if anything (a hint, an accepted finding, another category). */
  nearby: Finding[];
}

export interface DocumentJudgement {
  matched: ExpectedSpan[];
  misses: Miss[];
  falsePositives: FalsePositive[];
  /** Counted findings on a span already matched by another finding: neither right nor wrong twice. */
  duplicates: Finding[];
  /** Counted findings inside an ignore span. */
  ignored: Finding[];
  excluded: Record<Exclusion, number>;
  counted: Finding[];
}

export function judgeDocument(findings: Finding[], annotations: ResolvedAnnotations): DocumentJudgement {
  const judgement: DocumentJudgement = {
    matched: [],
    misses: [],
    falsePositives: [],
    duplicates: [],
    ignored: [],
    excluded: { green: 0, accepted: 0, directive: 0 },
    counted: [],
  };
  const matched = new Set<ExpectedSpan>();
  const ordered = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);

  for (const finding of ordered) {
    const exclusion = exclusionOf(finding);
    if (exclusion) {
      judgement.excluded[exclusion]++;
      continue;
    }
    judgement.counted.push(finding);
    const lookAlike = annotations.mustNot.find((s) => overlaps(s, finding));
    if (lookAlike) {
      judgement.falsePositives.push({ finding, kind: 'look-alike', span: lookAlike });
      continue;
    }
    const candidates = annotations.expected.filter((s) => overlaps(s, finding) && s.accepts.includes(finding.category as never));
    if (candidates.length > 0) {
      const fresh = candidates.filter((s) => !matched.has(s));
      if (fresh.length === 0) judgement.duplicates.push(finding);
      for (const s of fresh) {
        matched.add(s);
        judgement.matched.push(s);
      }
      continue;
    }
    if (annotations.ignore.some((s) => overlaps(s, finding))) {
      judgement.ignored.push(finding);
      continue;
    }
    const otherCategory = annotations.expected.find((s) => overlaps(s, finding));
    judgement.falsePositives.push(
      otherCategory ? { finding, kind: 'wrong-category', span: otherCategory } : { finding, kind: 'unannotated' },
    );
  }

  for (const span of annotations.expected) {
    if (matched.has(span)) continue;
    judgement.misses.push({ span, nearby: findings.filter((f) => overlaps(f, span)) });
  }
  return judgement;
}
