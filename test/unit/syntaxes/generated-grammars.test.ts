// The committed grammars are what the generator makes from the law cards (so they never drift),
// every name and abbreviation on a law card is highlighted, and package.json, once it declares
// grammars, declares these.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { generateGrammars } from '../../../scripts/syntaxes/generated-grammars';
import { GRAMMAR_CONTRIBUTIONS } from '../../../scripts/syntaxes/grammar-contributions';
import { readAmbiguousAbbreviations } from '../../../scripts/syntaxes/read-ambiguous-abbreviations';
import { readLawNames } from '../../../scripts/syntaxes/read-law-names';
import { lawCardsDir, lawsDoc, repoRoot } from '../../../scripts/syntaxes/syntax-paths';
import { assertScoped } from './scoped-tokens';
import { loadHostGrammar } from './textmate-registry';

const ANY_LAW = 'markup.underline.link.law';

describe('syntaxes: generated grammars', function () {
  // Compiling the grammars (and, for VS Code's, loading every embedded language) takes seconds.
  this.timeout(60_000);
  for (const { file, grammar } of generateGrammars()) {
    const relative = path.relative(repoRoot, file);
    it(`${relative} is up to date (npx tsx scripts/syntaxes/build-grammars.ts)`, () => {
      assert.ok(existsSync(file), `${relative} is missing`);
      assert.deepEqual(
        JSON.parse(readFileSync(file, 'utf8')),
        JSON.parse(JSON.stringify(grammar)),
        `${relative} is stale: run npx tsx scripts/syntaxes/build-grammars.ts and commit the result`,
      );
    });
  }

  describe('every law card', () => {
    let plain: IGrammar;
    before(async () => {
      plain = await loadHostGrammar('text.plain.caveat');
    });
    const ambiguous = readAmbiguousAbbreviations(lawsDoc);

    for (const card of readLawNames(lawCardsDir)) {
      it(`${card.id}: every name and alias is a law`, () => {
        for (const name of card.names) assertScoped(plain, `See the ${name} here.`, name, ANY_LAW);
      });
      if (card.abbreviations.length) {
        it(`${card.id}: every abbreviation is a law${card.abbreviations.some((a) => ambiguous.has(a)) ? ' (next to an article)' : ''}`, () => {
          for (const abbreviation of card.abbreviations) {
            const line = ambiguous.has(abbreviation) ? `Article 3 of the ${abbreviation} says so.` : `The ${abbreviation} says so.`;
            assertScoped(plain, line, abbreviation, ANY_LAW);
          }
        });
      }
    }
  });

  describe('package.json', () => {
    it('declares these grammars once it declares grammars', function () {
      const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
        contributes?: { grammars?: unknown[] };
      };
      const declared: unknown[] = manifest.contributes?.grammars ?? [];
      if (!declared.length) this.skip();
      for (const contribution of GRAMMAR_CONTRIBUTIONS) {
        const entry: unknown = declared.find((e) => (e as { scopeName?: unknown }).scopeName === contribution.scopeName);
        assert.ok(entry, `package.json contributes.grammars should declare ${contribution.scopeName}`);
        assert.deepEqual(entry, contribution, `package.json entry for ${contribution.scopeName}`);
        assert.ok(existsSync(path.join(repoRoot, contribution.path)), `${contribution.path} is missing`);
      }
    });
  });
});
