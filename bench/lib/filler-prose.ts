// Ordinary scientific filler: sentences, paragraphs, lists, headings and code blocks in Markdown.
import * as vocab from './filler-vocabulary';
import type { Prng } from './prng';

export function fillerSentence(rng: Prng): string {
  if (rng.next() < 0.15) return rng.pick(vocab.CLOSINGS);
  return `${rng.pick(vocab.SUBJECTS)} ${rng.pick(vocab.VERBS)} ${rng.pick(vocab.OBJECTS)} using ${rng.pick(vocab.METHODS)} ${rng.pick(vocab.PERIODS)}.`;
}

export function heading(rng: Prng, section: number): string {
  const level = rng.next() < 0.3 ? '##' : '###';
  return `${level} ${section}. ${rng.pick(vocab.HEADINGS)}`;
}

export function bulletList(rng: Prng): string[] {
  const items = 2 + rng.int(4);
  const lines: string[] = [];
  for (let i = 0; i < items; i++) lines.push(`- ${fillerSentence(rng)}`);
  return lines;
}

export function codeBlock(rng: Prng): string {
  const lines = 2 + rng.int(4);
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(rng.pick(vocab.CODE_LINES));
  return ['```python', ...body, '```'].join('\n');
}
