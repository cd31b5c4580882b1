// Writes the coverage table of the knowledge base into README.md (between the coverage markers), so
// the README always says what the bundled rules cover. `--check` fails when the README is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledRulesDir, CATEGORIES, loadBundledRules, loadLawCards } from '../../server/src/engine';

const START = '<!-- coverage:start (npm run docs:coverage) -->';
const END = '<!-- coverage:end -->';

export function coverageTable(): string {
  const { rules, packs } = loadBundledRules();
  const dir = bundledRulesDir();
  const { cards } = loadLawCards(join(dir, 'laws'));
  const guidance = readdirSync(join(dir, 'guidance')).filter((f) => f.endsWith('.md'));
  const lines = ['| category | rules | red | orange | green |', '|---|---:|---:|---:|---:|'];
  for (const category of CATEGORIES) {
    const of = rules.filter((r) => r.category === category);
    const count = (risk: string) => of.filter((r) => r.risk === risk).length;
    lines.push(`| ${category} | ${of.length} | ${count('red')} | ${count('orange')} | ${count('green')} |`);
  }
  const partners = rules.filter((r) => r.category === 'military-linked-partner');
  const chineseNames = partners.filter((r) => (r.match.exact_phrases ?? []).some((p) => /[\u4e00-\u9fff]/.test(p))).length;
  const byJurisdiction = new Map<string, number>();
  for (const c of cards) byJurisdiction.set(c.jurisdiction, (byJurisdiction.get(c.jurisdiction) ?? 0) + 1);
  const examples = rules.reduce((n, r) => n + r.examples.length + r.near_misses.length, 0);
  lines.push(
    '',
    `- **${rules.length} rules** in ${packs.length} packs, with ${examples} examples and near-misses that run as tests.`,
    `- **${partners.length} institutions and companies** (${chineseNames} with Chinese names), each with the lists it is on, their citations and dates.`,
    `- **${cards.length} law and guidance cards** (${[...byJurisdiction].map(([j, n]) => `${j} ${n}`).join(', ')}), ${cards.filter((c) => c.verified).length} fully verified against sources.`,
    `- **${guidance.length} guidance pages**: ${guidance.map((g) => g.replace(/\.md$/, '')).join(', ')}.`,
  );
  return lines.join('\n');
}

export function updateReadme(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md has no coverage markers');
  return `${readme.slice(0, a + START.length)}\n${coverageTable()}\n${readme.slice(b)}`;
}

if (require.main === module) {
  const file = join(__dirname, '..', '..', 'README.md');
  const current = readFileSync(file, 'utf8');
  const updated = updateReadme(current);
  if (process.argv.includes('--check')) {
    if (updated !== current) {
      console.error('README.md coverage is stale: run npm run docs:coverage');
      process.exit(1);
    }
  } else writeFileSync(file, updated);
}
