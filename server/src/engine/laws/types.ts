// Law cards as authored in rules/laws/*.yaml (see rules/schema/law-card.schema.json).

export interface LawCard {
  id: string;
  name: string;
  name_zh?: string;
  abbreviations?: string[];
  aliases?: string[];
  jurisdiction: 'CN' | 'EU' | 'US' | 'UK' | 'NL' | 'DE' | 'INT';
  kind: string;
  adopted?: string;
  in_force?: string;
  summary: string;
  articles: { ref: string; text: string }[];
  what_to_do: string[];
  links: { title: string; url: string }[];
  guidance?: string;
  verified: boolean;
  unverified?: string[];
  sources?: string[];
}
