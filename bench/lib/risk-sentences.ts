// The risk sentences placed in drafts: half from the technology, talent and clause rules' examples,
// three tenths from the bundled partner rules' examples, one fifth naming a synthetic entity from the
// first 1,000 (so it matches whichever entity pack is loaded).
import type { Rule } from '../../server/src/engine';
import type { SyntheticEntity } from './entity-names';
import type { Prng } from './prng';
import { exampleSentences, isPhraseRule } from './rule-terms';

export function riskSentencePicker(bundled: Rule[], entities: SyntheticEntity[]): (rng: Prng) => string {
  const phraseExamples = exampleSentences(bundled.filter(isPhraseRule));
  const partnerExamples = exampleSentences(bundled.filter((r) => !isPhraseRule(r)));
  const named = entities.slice(0, 1000);
  return (rng) => {
    const roll = rng.next();
    if (roll < 0.5 || partnerExamples.length === 0) return rng.pick(phraseExamples);
    if (roll < 0.8 || named.length === 0) return rng.pick(partnerExamples);
    const e = rng.pick(named);
    return rng.next() < 0.5 ? `The work is done jointly with ${e.name}.` : `${e.alias} provides the test samples.`;
  };
}
