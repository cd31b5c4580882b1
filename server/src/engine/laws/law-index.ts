// Finds laws and regulations named in a text, in English or Chinese, by full name, alias or
// abbreviation, with the article cited next to them ("Article 36 of the DSL", "PIPL Art. 38",
// "《数据安全法》第三十六条"). Used for hovers and reports.
import { findPhrases, type PhraseAutomaton, PhraseAutomatonBuilder } from '../phrase-automaton';
import type { LawCard } from './types';

export interface LawMention {
  card: LawCard;
  start: number;
  end: number;
  /** The article cited with the mention, as written ("36", "38"), when there is one. */
  article?: string;
  /** Offsets of the whole citation, article included ("Article 36 of the DSL"). */
  citationStart: number;
  citationEnd: number;
}

const ARTICLE_BEFORE = /(?:Article|Art\.?|Articles|Arts\.?)\s*(\d+[a-z]?)\s*(?:\(\d+\)\s*)?(?:of\s+(?:the\s+)?)?$/i;
const ARTICLE_AFTER = /^[\s,，》」）)]*(?:(?:Article|Art\.?)\s*(\d+[a-z]?)|第([一二三四五六七八九十百零\d]+)条)/i;
const CHINESE_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三十六 → 36, 一百零五 → 105 (enough for article numbers). */
export function chineseNumeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CHINESE_DIGITS[ch] ?? 0;
  }
  return total + digit;
}

export class LawIndex {
  private readonly built: PhraseAutomaton;
  private readonly payloads: LawCard[];
  private readonly abbreviations = new Map<string, LawCard>();
  readonly byId = new Map<string, LawCard>();

  constructor(readonly cards: LawCard[]) {
    const builder = new PhraseAutomatonBuilder<LawCard>();
    for (const card of cards) {
      this.byId.set(card.id, card);
      for (const name of [card.name, card.name_zh, ...(card.aliases ?? [])]) if (name) builder.add(name, card, false);
      for (const a of card.abbreviations ?? []) this.abbreviations.set(a, card);
    }
    this.built = builder.build();
    this.payloads = builder.payloads;
  }

  /** Every law named in text, longest names first where they overlap. */
  mentions(text: string): LawMention[] {
    const hits: { card: LawCard; start: number; end: number }[] = findPhrases(text, this.built, this.payloads).map((h) => ({
      card: h.payload,
      start: h.start,
      end: h.end,
    }));
    for (const [abbr, card] of this.abbreviations) {
      let at = text.indexOf(abbr);
      while (at >= 0) {
        const before = text.charCodeAt(at - 1);
        const after = text.charCodeAt(at + abbr.length);
        if (!isWordChar(before) && !isWordChar(after)) hits.push({ card, start: at, end: at + abbr.length });
        at = text.indexOf(abbr, at + abbr.length);
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: LawMention[] = [];
    for (const h of hits) {
      const last = kept[kept.length - 1];
      if (last && h.start < last.end) continue;
      kept.push({ ...h, ...this.articleNear(text, h.start, h.end) });
    }
    return kept;
  }

  /** The law named at offset (the name, or the article cited with it), if any. */
  at(text: string, offset: number): LawMention | undefined {
    const from = Math.max(0, offset - 300);
    const window = text.slice(from, Math.min(text.length, offset + 300));
    const local = offset - from;
    const m = this.mentions(window).find((x) => local >= x.citationStart && local <= x.citationEnd);
    return (
      m && { ...m, start: m.start + from, end: m.end + from, citationStart: m.citationStart + from, citationEnd: m.citationEnd + from }
    );
  }

  private articleNear(text: string, start: number, end: number): { article?: string; citationStart: number; citationEnd: number } {
    const lead = text.slice(Math.max(0, start - 30), start);
    const before = ARTICLE_BEFORE.exec(lead);
    if (before) return { article: before[1], citationStart: start - lead.length + before.index, citationEnd: end };
    const after = ARTICLE_AFTER.exec(text.slice(end, end + 20));
    if (after) return { article: after[1] ?? String(chineseNumeral(after[2])), citationStart: start, citationEnd: end + after[0].length };
    return { citationStart: start, citationEnd: end };
  }
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The card's line for a cited article ("Art. 36", "Articles 38-40"), if the card has it. */
export function articleOf(card: LawCard, article: string): { ref: string; text: string } | undefined {
  const n = Number.parseInt(article, 10);
  return card.articles.find((a) => {
    const nums = [...a.ref.matchAll(/\d+/g)].map((m) => Number(m[0]));
    if (nums.includes(n)) return true;
    const range = /(\d+)\s*[-–]\s*(\d+)/.exec(a.ref);
    return range ? n >= Number(range[1]) && n <= Number(range[2]) : false;
  });
}
