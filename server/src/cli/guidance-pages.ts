// Guidance pages of rules/guidance, read for reports, SARIF help and `caveat explain`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledRulesDir } from '../engine';

export interface GuidancePage {
  id: string;
  /** Path as shipped, for readers to open: rules/guidance/<id>.md */
  path: string;
  title?: string;
  /** The first paragraph of prose after the title. */
  summary?: string;
  markdown?: string;
}

const cache = new Map<string, GuidancePage>();

export function guidancePage(id: string): GuidancePage {
  const hit = cache.get(id);
  if (hit) return hit;
  const path = `rules/guidance/${id}.md`;
  const file = join(bundledRulesDir(), 'guidance', `${id}.md`);
  let page: GuidancePage = { id, path };
  if (existsSync(file)) {
    try {
      const markdown = readFileSync(file, 'utf8');
      const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim();
      const paragraphs = markdown
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p && !p.startsWith('#') && !p.startsWith('<!--'));
      page = { id, path, title, summary: paragraphs[0]?.replace(/\s*\n\s*/g, ' '), markdown };
    } catch {
      // unreadable page: the id and path are still shown
    }
  }
  cache.set(id, page);
  return page;
}
