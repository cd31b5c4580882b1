// Deterministic Markdown drafts of a given size: headings, paragraphs, lists and code blocks of
// filler prose, with one risk sentence about every 2 KB drawn from sentences known to match.
import { bulletList, codeBlock, fillerSentence, heading } from './filler-prose';
import { Prng } from './prng';

export interface DraftSpec {
  bytes: number;
  /** Draws one sentence that gives a finding (a rule example, an entity name in a sentence). */
  pickRisk: (rng: Prng) => string;
  /** Mean distance between risk sentences, in bytes. */
  riskEveryBytes?: number;
  seed?: number;
}

export interface Draft {
  text: string;
  bytes: number;
  riskSentencesPlaced: number;
}

export function generateDraft(spec: DraftSpec): Draft {
  const rng = new Prng(spec.seed ?? 1);
  const every = spec.riskEveryBytes ?? 2048;
  const blocks: string[] = ['# Project proposal: synthetic benchmark draft'];
  let bytes = blocks[0].length;
  let sinceRisk = 0;
  let nextRiskAt = every * (0.5 + rng.next());
  let placed = 0;
  let section = 1;

  const paragraph = (): string => {
    const sentences: string[] = [];
    const count = 3 + rng.int(4);
    for (let i = 0; i < count; i++) {
      const s = fillerSentence(rng);
      sentences.push(s);
      sinceRisk += s.length + 1;
      if (sinceRisk >= nextRiskAt) {
        sentences.push(spec.pickRisk(rng));
        placed++;
        sinceRisk = 0;
        nextRiskAt = every * (0.5 + rng.next());
      }
    }
    return sentences.join(' ');
  };

  while (bytes < spec.bytes) {
    const roll = rng.next();
    let block: string;
    if (roll < 0.08) block = heading(rng, section++);
    else if (roll < 0.2) block = bulletList(rng).join('\n');
    else if (roll < 0.25) block = codeBlock(rng);
    else block = paragraph();
    blocks.push(block);
    bytes += Buffer.byteLength(block) + 2;
  }
  const text = `${blocks.join('\n\n')}\n`;
  return { text, bytes: Buffer.byteLength(text), riskSentencesPlaced: placed };
}
