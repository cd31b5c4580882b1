import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateGrammars, grammarJson } from './generated-grammars';
import { GRAMMAR_CONTRIBUTIONS } from './grammar-contributions';
import { repoRoot } from './syntax-paths';

// Writes the grammars of syntaxes/ from the law cards and the directive syntax:
//   npx tsx scripts/syntaxes/build-grammars.ts            write them (and format them with Biome)
//   npx tsx scripts/syntaxes/build-grammars.ts --check    exit 1 if a committed grammar is stale
//   npx tsx scripts/syntaxes/build-grammars.ts --contributes   print the package.json entries

function isUpToDate(file: string, expected: unknown): boolean {
  if (!existsSync(file)) return false;
  try {
    return JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

function main(args: string[]): number {
  if (args.includes('--contributes')) {
    console.log(JSON.stringify({ grammars: GRAMMAR_CONTRIBUTIONS }, null, 2));
    return 0;
  }
  const generated = generateGrammars();
  if (args.includes('--check')) {
    const stale = generated.filter((g) => !isUpToDate(g.file, g.grammar)).map((g) => path.relative(repoRoot, g.file));
    for (const file of stale) console.error(`${file} is stale: run npx tsx scripts/syntaxes/build-grammars.ts`);
    return stale.length ? 1 : 0;
  }
  for (const g of generated) writeFileSync(g.file, grammarJson(g.grammar));
  const files = generated.map((g) => g.file);
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'biome'), ['format', '--write', ...files], { cwd: repoRoot, stdio: 'inherit' });
  for (const file of files) console.log(`wrote ${path.relative(repoRoot, file)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
