// Negation cues and default abbreviation context, looked for on demand in the sentence of a match.
// They are common words ("no", "with", "group"), so keeping them out of the main automaton saves a
// match object for every occurrence in the document.
import { DEFAULT_ABBREVIATION_CONTEXT, NEGATION_CUES } from './context-words';
import { charClass, SEP } from './normalize';
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
  const windowStart = windowStartBefore(text, from, start, window);
  return hitsIn(text, windowStart, Math.max(until, start), 'negation').find((h) => h.end <= start || h.start >= end);
}

/** Characters per token of the negation window at most: 8 tokens reach 320 characters back. */
const MAX_CHARS_PER_TOKEN = 40;

/**
 * Whether a token read from position q on starts where a reading from further back would start one:
 * after a separator that is not an apostrophe (a possessive's "s" is skipped) or a high surrogate.
 */
function wholeTokensFrom(text: string, from: number, q: number): boolean {
  if (q === from) return true;
  const c = text.charCodeAt(q - 1);
  if (c === 39 || c === 0x2019 || (c >= 0xd800 && c <= 0xdbff)) return false;
  return c < 128 ? !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : charClass(c) === SEP;
}

/**
 * Where the last `window` tokens of text[from, start) begin, or `from` when there are no more than
 * `window`; but never more than MAX_CHARS_PER_TOKEN characters a token back: in prose that bound
 * never binds, while thousands of matches inside one giant token or sentence must not each read the
 * whole of it. Where it binds, the window starts at the first whole token inside the bound. Reads
 * back only as far as it needs, doubling the stretch it tokenizes.
 */
export function windowStartBefore(text: string, from: number, start: number, window: number): number {
  const reach = Math.max(from, start - MAX_CHARS_PER_TOKEN * window);
  let stretch = 32 * (window + 1);
  for (;;) {
    let p = Math.max(reach, start - stretch);
    // Begin the stretch where a token would begin anyway (a few characters back at most), so that
    // its first token is whole; inside a giant word, read on and drop the cut first token instead.
    let q = p;
    while (q > from && p - q < 64 && !wholeTokensFrom(text, from, q)) q--;
    const whole = wholeTokensFrom(text, from, q);
    if (whole) p = q;
    const starts: number[] = [];
    // A slice, as a whole reading would have: a word running past `start` is cut there.
    tokenize(text.slice(p, start), (s) => starts.push(p + s));
    const counted = whole ? starts : starts.slice(1);
    let found: number;
    if (p === from) found = counted.length > window ? counted[counted.length - window] : from;
    else if (counted.length > window) found = counted[counted.length - window];
    else if (p <= reach)
      found = -1; // the window reaches past the bound
    else {
      stretch *= 2;
      continue;
    }
    return found >= reach ? found : (counted.find((s) => s >= reach) ?? start);
  }
}
