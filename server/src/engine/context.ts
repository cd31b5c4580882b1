// Context rules: turn raw matches into findings. A combination needs all its groups in the anchor's
// sentence; an abbreviation needs context; a longer look-alike cancels a match; a stated mitigation or
// a negation lowers or drops a finding (never hides a partner); a match inside a longer entity name is
// dropped.
import { NEGATION_WINDOW_TOKENS } from './context-words';
import type { RawMatch } from './match';
import { type CompiledRules, Role } from './rules/compile';
import type { Rule } from './rules/types';
import { SentenceFinder } from './sentences';
import type { Finding, Mitigation } from './types';

const ENTITY_CATEGORIES = new Set(['military-linked-partner', 'talent-programme']);

/** Matches grouped by what they are for, each list sorted by start offset. */
class MatchIndex {
  readonly anchors: RawMatch[] = [];
  private readonly byRule = new Map<number, RawMatch[]>();
  readonly negations: RawMatch[] = [];
  readonly defaultContext: RawMatch[] = [];

  constructor(matches: RawMatch[]) {
    for (const m of matches) {
      if (m.role === Role.Anchor) this.anchors.push(m);
      else if (m.role === Role.Negation) this.negations.push(m);
      else if (m.role === Role.DefaultContext) this.defaultContext.push(m);
      else {
        const list = this.byRule.get(m.rule);
        if (list) list.push(m);
        else this.byRule.set(m.rule, [m]);
      }
    }
  }

  of(rule: number, role: Role, group = -1): RawMatch[] {
    const list = this.byRule.get(rule);
    if (!list) return [];
    return list.filter((m) => m.role === role && (group < 0 || m.group === group));
  }
}

function inside(m: RawMatch, from: number, to: number): boolean {
  return m.start >= from && m.end <= to;
}

export function applyContext(source: string, masked: string, breaks: number[], matches: RawMatch[], compiled: CompiledRules): Finding[] {
  const index = new MatchIndex(matches);
  const sentences = new SentenceFinder(masked, breaks);
  const rules = compiled.rules;
  const fullNameSeen = new Set<number>();
  for (const m of index.anchors) if (!m.abbreviation) fullNameSeen.add(m.rule);

  const findings: (Finding & { rank: number })[] = [];
  for (const m of index.anchors) {
    const rule = rules[m.rule];
    if (index.of(m.rule, Role.NotWithin).some((n) => n.start <= m.start && n.end >= m.end)) continue; // a look-alike
    const [from, to] = sentences.around(m.start, m.end);

    if (m.abbreviation && !fullNameSeen.has(m.rule)) {
      const context = compiled.hasOwnContext[m.rule] ? index.of(m.rule, Role.Context) : index.defaultContext;
      if (!context.some((c) => inside(c, from, to) && (c.end <= m.start || c.start >= m.end))) continue;
    }

    let reachToken = m.lastToken;
    let combined = true;
    const lookAlikes = index.of(m.rule, Role.NotWithin);
    for (let g = 0; g < compiled.withGroupCount[m.rule]; g++) {
      const hit = index
        .of(m.rule, Role.With, g)
        .find(
          (w) =>
            inside(w, from, to) && (w.end <= m.start || w.start >= m.end) && !lookAlikes.some((n) => n.start <= w.start && n.end >= w.end),
        );
      if (!hit) {
        combined = false;
        break;
      }
      reachToken = Math.max(reachToken, hit.lastToken);
    }
    if (!combined) continue;

    const mitigation = findMitigation(source, m, rule, index, from, to, reachToken, compiled.withGroupCount[m.rule] > 0);
    const effect = rule.category === 'military-linked-partner' ? 'note' : (rule.unless?.effect ?? 'hint');
    if (mitigation && effect === 'drop') continue;
    findings.push(toFinding(source, m, rule, mitigation, effect));
  }
  return dropContained(findings);
}

function findMitigation(
  source: string,
  m: RawMatch,
  rule: Rule,
  index: MatchIndex,
  from: number,
  to: number,
  reachToken: number,
  combination: boolean,
): Mitigation | undefined {
  const phrase = index.of(m.rule, Role.Mitigation).find((p) => inside(p, from, to));
  if (phrase) return { kind: 'phrase', text: source.slice(phrase.start, phrase.end), originalRisk: rule.risk };
  if (rule.unless?.negation === false) return undefined;
  const lowest = m.firstToken - NEGATION_WINDOW_TOKENS;
  const highest = combination ? reachToken : m.firstToken;
  const cue = index.negations.find(
    (n) => inside(n, from, to) && n.firstToken >= lowest && n.lastToken <= highest && (n.end <= m.start || n.start >= m.end),
  );
  if (cue) return { kind: 'negation', text: source.slice(cue.start, cue.end), originalRisk: rule.risk };
  return undefined;
}

function toFinding(
  source: string,
  m: RawMatch,
  rule: Rule,
  mitigation: Mitigation | undefined,
  effect: string,
): Finding & { rank: number } {
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
function dropContained(findings: (Finding & { rank: number })[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: (Finding & { rank: number })[] = [];
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
        e.end - e.start > f.end - f.start,
    );
    if (coveringEntity) continue;
    if (open.some((k) => k.ruleId === f.ruleId)) continue;
    kept.push(f);
    open.push(f);
  }
  return kept.map(({ rank: _rank, ...f }) => f);
}
