// Context rules: turn raw matches into findings. A combination needs all its groups in the anchor's
// sentence; an abbreviation needs context; a longer look-alike cancels a match; a stated mitigation or
// a negation lowers or drops a finding (never hides a partner); a match inside a longer entity name is
// dropped.
import { NEGATION_WINDOW_TOKENS } from './context-words';
import { hasDefaultContext, negationCue } from './cues';
import type { RawMatch } from './match';
import { type CompiledRules, Role } from './rules/compile';
import type { Rule } from './rules/types';
import { SentenceFinder } from './sentences';
import { type Finding, type Mitigation, RISK_RANK } from './types';

const ENTITY_CATEGORIES = new Set(['military-linked-partner', 'talent-programme']);

/** How far before a match a look-alike phrase containing it may start. */
export const LOOK_ALIKE_REACH = 400;

/**
 * Matches grouped by rule, role and group, each list sorted by start, so that "is there a match of
 * this kind inside this sentence" is a binary search, whatever the size of the document.
 */
class MatchIndex {
  readonly anchors: RawMatch[] = [];
  /** Keyed by listKey(rule, role, group): numbers, so a look-up makes no string. */
  private readonly lists = new Map<number, RawMatch[]>();

  constructor(matches: RawMatch[]) {
    // Only the rules with an anchor in the document need their other matches ("with" words are common).
    const anchored = new Set<number>();
    for (const m of matches) if (m.role === Role.Anchor) anchored.add(m.rule);
    const sorted = matches
      .filter((m) => anchored.has(m.rule))
      .sort((a, b) => a.start - b.start || a.end - b.end || a.rule - b.rule || a.role - b.role || a.group - b.group);
    for (const m of sorted) {
      if (m.role === Role.Anchor) this.anchors.push(m);
      this.push(listKey(m.rule, m.role, -1), m);
      if (m.role === Role.With) this.push(listKey(m.rule, m.role, m.group), m);
    }
  }

  private push(key: number, m: RawMatch): void {
    const list = this.lists.get(key);
    if (list) list.push(m);
    else this.lists.set(key, [m]);
  }

  of(rule: number, role: Role, group = -1): RawMatch[] {
    return this.lists.get(listKey(rule, role, group)) ?? [];
  }

  /** The first match in list lying inside [from, to) that passes test. */
  static findInside(list: RawMatch[], from: number, to: number, test: (m: RawMatch) => boolean = () => true): RawMatch | undefined {
    for (let i = lowerBound(list, from); i < list.length && list[i].start < to; i++) {
      const m = list[i];
      if (m.end <= to && test(m)) return m;
    }
    return undefined;
  }

  /** Whether a match of list contains [start, end). */
  static contains(list: RawMatch[], start: number, end: number): boolean {
    for (let i = lowerBound(list, start + 1) - 1; i >= 0 && list[i].start >= start - LOOK_ALIKE_REACH; i--) {
      if (list[i].start <= start && list[i].end >= end) return true;
    }
    return false;
  }
}

/** One number per (rule, role, with group or -1 for all of the role); exact below 2^53. */
function listKey(rule: number, role: Role, group: number): number {
  return (rule * 8 + role) * 65537 + (group + 1);
}

/** Index of the first match starting at or after offset. */
function lowerBound(list: RawMatch[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const outside = (m: RawMatch) => (o: RawMatch) => o.end <= m.start || o.start >= m.end;

export function applyContext(source: string, masked: string, breaks: number[], matches: RawMatch[], compiled: CompiledRules): Finding[] {
  return dropContained(contextCandidates(source, masked, breaks, matches, compiled));
}

/** A finding the context rules let through, before findings inside longer names are dropped. */
export type CandidateFinding = Finding & { rank: number };

/** Whether a rule's full name (not only its abbreviation) is matched anywhere in the document. */
export type FullNameSeen = (rule: number) => boolean;

/**
 * The context rules for the anchors among matches that overlap [zoneFrom, zoneTo) (all by default). An
 * incremental scan passes the matches and text of a window around an edit, and says from the whole
 * document which rules have their full name matched.
 */
export function contextCandidates(
  source: string,
  masked: string,
  breaks: number[],
  matches: RawMatch[],
  compiled: CompiledRules,
  fullNameSeen?: FullNameSeen,
  zoneFrom = Number.NEGATIVE_INFINITY,
  zoneTo = Number.POSITIVE_INFINITY,
): CandidateFinding[] {
  const index = new MatchIndex(matches);
  const sentences = new SentenceFinder(masked, breaks);
  const rules = compiled.rules;
  let seen = fullNameSeen;
  if (!seen) {
    const named = new Set<number>();
    for (const m of index.anchors) if (!m.abbreviation) named.add(m.rule);
    seen = (rule) => named.has(rule);
  }

  const findings: CandidateFinding[] = [];
  for (const m of index.anchors) {
    if (m.end <= zoneFrom || m.start >= zoneTo) continue;
    const rule = rules[m.rule];
    const lookAlikes = index.of(m.rule, Role.NotWithin);
    if (MatchIndex.contains(lookAlikes, m.start, m.end)) continue; // a look-alike
    const [from, to] = sentences.around(m.start, m.end);

    if (m.abbreviation && !seen(m.rule)) {
      const confirmed = compiled.hasOwnContext[m.rule]
        ? MatchIndex.findInside(index.of(m.rule, Role.Context), from, to, outside(m)) !== undefined
        : hasDefaultContext(masked, from, to, m.start, m.end);
      if (!confirmed) continue;
    }

    let reachEnd = m.end;
    let combined = true;
    for (let g = 0; g < compiled.withGroupCount[m.rule]; g++) {
      const clear = outside(m);
      const hit = MatchIndex.findInside(
        index.of(m.rule, Role.With, g),
        from,
        to,
        (w) => clear(w) && !MatchIndex.contains(lookAlikes, w.start, w.end),
      );
      if (!hit) {
        combined = false;
        break;
      }
      reachEnd = Math.max(reachEnd, hit.end);
    }
    if (!combined) continue;

    const mitigation = findMitigation(source, masked, m, rule, index, from, to, reachEnd);
    const effect = rule.category === 'military-linked-partner' ? 'note' : (rule.unless?.effect ?? 'hint');
    if (mitigation && effect === 'drop') continue;
    findings.push(toFinding(source, m, rule, mitigation, effect));
  }
  return findings;
}

function findMitigation(
  source: string,
  masked: string,
  m: RawMatch,
  rule: Rule,
  index: MatchIndex,
  from: number,
  to: number,
  reachEnd: number,
): Mitigation | undefined {
  const phrase = MatchIndex.findInside(index.of(m.rule, Role.Mitigation), from, to);
  if (phrase) return { kind: 'phrase', text: source.slice(phrase.start, phrase.end), originalRisk: rule.risk };
  if (rule.unless?.negation === false) return undefined;
  // A simple rule looks only before the match; a combination also between its phrases.
  const cue = negationCue(masked, from, m.start, m.end, reachEnd > m.end ? reachEnd : m.start, NEGATION_WINDOW_TOKENS);
  if (cue) return { kind: 'negation', text: source.slice(cue.start, cue.end), originalRisk: rule.risk };
  return undefined;
}

function toFinding(source: string, m: RawMatch, rule: Rule, mitigation: Mitigation | undefined, effect: string): CandidateFinding {
  let risk = rule.risk;
  let message = rule.message.trim();
  if (mitigation) {
    const said = mitigation.kind === 'negation' ? `a negation ("${mitigation.text}")` : `a mitigation ("${mitigation.text}")`;
    if (effect === 'hint') {
      risk = 'green';
      message = `The draft states ${said}; lowered from ${rule.risk} to a hint. Check that it holds. ${message}`;
    } else {
      message = `${message} The draft states ${said}; the risk is kept because a listed partner is named.`;
    }
  }
  return {
    ruleId: rule.id,
    category: rule.category,
    risk,
    start: m.start,
    end: m.end,
    text: source.slice(m.start, m.end),
    message,
    guidance: rule.guidance,
    laws: rule.laws ?? [],
    title: rule.title,
    ...(mitigation ? { mitigation } : {}),
    rank: m.end - m.start,
  };
}

/**
 * One finding per rule and place (the longest), and none inside a longer entity name of another
 * rule: "Harbin Institute of Technology" is not also "Harbin Institute".
 */
export function dropContained(findings: CandidateFinding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CandidateFinding[] = [];
  // Findings still open at the current start offset: only these can contain or overlap the next one.
  let open: Finding[] = [];
  for (const f of findings) {
    open = open.filter((k) => k.end > f.start);
    const coveringEntity = open.some(
      (e) =>
        ENTITY_CATEGORIES.has(e.category) &&
        e.ruleId !== f.ruleId &&
        e.start <= f.start &&
        e.end >= f.end &&
        e.end - e.start > f.end - f.start &&
        RISK_RANK[e.risk] >= RISK_RANK[f.risk], // a higher-risk name inside a lower-risk one is kept
    );
    if (coveringEntity) continue;
    if (open.some((k) => k.ruleId === f.ruleId)) continue;
    kept.push(f);
    open.push(f);
  }
  return kept.map(({ rank: _rank, ...f }) => f);
}
