import path from 'node:path';

// Where the grammar generator reads its inputs and writes the grammars.

/** Repository root. */
export const repoRoot = path.resolve(__dirname, '../..');

/** The law cards the law-name patterns are generated from. */
export const lawCardsDir = path.join(repoRoot, 'rules', 'laws');

/** docs/laws.md: its "Abbreviations and collisions" table names the ambiguous abbreviations. */
export const lawsDoc = path.join(repoRoot, 'docs', 'laws.md');

/** The committed grammars. */
export const syntaxesDir = path.join(repoRoot, 'syntaxes');
