// Negation cues and default abbreviation context, looked for on demand in the sentence of a match.
// They are common words ("no", "with", "group"), so keeping them out of the main automaton saves a
// match object for every occurrence in the document.
import { DEFAULT_ABBREVIATION_CONTEXT, NEGATION_CUES } from './context-words';
import { findPhrases, type PhraseAutomaton, PhraseAutomatonBuilder, type PhraseHit } from './phrase-automaton';
import { tokenize } from './tokenize';

let negation: { built: PhraseAutomaton; payloads: string[] } | undefined;
let context: { built: PhraseAutomaton; payloads: string[] } | undefined;

function build(words: string[], inflect: boolean) {
  const builder = new PhraseAutomatonBuilder<string>();
  for (const w of words) builder.add(w, w, inflect);
  return { built: builder.build(), payloads: builder.payloads };
}

function hitsIn(text: string, from: number, to: number, which: 'negation' | 'context'): PhraseHit<string>[] {
  if (which === 'negation') negation ??= build(NEGATION_CUES, false);
  else context ??= build(DEFAULT_ABBREVIATION_CONTEXT, true);
  const table = which === 'negation' ? negation : context;
  return findPhrases(text.slice(from, to), table!.built, table!.payloads).map((h) => ({ ...h, start: h.start + from, end: h.end + from }));
}

/** Whether an organisation word stands in [from, to) outside [start, end). */
export function hasDefaultContext(text: string, from: number, to: number, start: number, end: number): boolean {
  return hitsIn(text, from, to, 'context').some((h) => h.end <= start || h.start >= end);
}

/**
 * A negation cue in the sentence that governs the match: at most `window` tokens before it, or (for
 * combinations) anywhere between that point and `until`, the end of the furthest combined phrase.
 */
export function negationCue(
  text: string,
  from: number,
  start: number,
  end: number,
  until: number,
  window: number,
): PhraseHit<string> | undefined {
  const starts: number[] = [];
  tokenize(text.slice(from, start), (s) => starts.push(s));
  const windowStart = starts.length > window ? from + starts[starts.length - window] : from;
  return hitsIn(text, windowStart, Math.max(until, start), 'negation').find((h) => h.end <= start || h.start >= end);
}
