// Law citations in prose: names and aliases in English and Chinese, abbreviations, numbered EU acts
// and the article cited next to them; ordinary words and non-prose (code, comments, math) stay plain.
import { strict as assert } from 'node:assert';
import type { IGrammar } from 'vscode-textmate';
import { LAW_SCOPES as L } from '../../../scripts/syntaxes/caveat-scopes';
import { assertNotScoped, assertScoped, assertToken, tokenizeLines } from './scoped-tokens';
import { loadHostGrammar } from './textmate-registry';

/** Any law scope: a name, an abbreviation or a numbered EU act. */
const ANY_LAW = 'markup.underline.link.law';

describe('syntaxes: law citations', function () {
  // Compiling the grammars (and, for VS Code's, loading every embedded language) takes seconds.
  this.timeout(60_000);
  let markdown: IGrammar;
  let latex: IGrammar;
  let plain: IGrammar;

  before(async () => {
    markdown = await loadHostGrammar('text.html.markdown');
    latex = await loadHostGrammar('text.tex.latex');
    plain = await loadHostGrammar('text.plain.caveat');
  });

  describe('names', () => {
    it('scopes an English name, the longest that matches, as one token', () => {
      const line = "Transfers fall under the Data Security Law of the People's Republic of China.";
      assertToken(markdown, line, "Data Security Law of the People's Republic of China", L.name);
      assertScoped(markdown, line, "Data Security Law of the People's Republic of China", L.citation);
    });

    it('reads aliases whatever the case, hyphens and apostrophes', () => {
      assertToken(plain, 'Under the export control law, licences are needed.', 'export control law', L.name);
      assertToken(plain, 'See the EU Dual Use Regulation.', 'EU Dual Use Regulation', L.name);
      assertToken(plain, 'China\u2019s National Intelligence Law applies.', 'China\u2019s National Intelligence Law', L.name);
    });

    it('scopes Chinese names, also inside Chinese text without spaces', () => {
      assertToken(plain, '依据中华人民共和国个人信息保护法，', '中华人民共和国个人信息保护法', L.name);
      assertToken(plain, '根据数据安全法的规定', '数据安全法', L.name);
    });

    it('matches names as whole words only', () => {
      assertNotScoped(plain, 'the Entity Listing service', 'Entity Listing', ANY_LAW);
    });
  });

  describe('abbreviations', () => {
    it('scopes an unambiguous abbreviation on its own, case-sensitively', () => {
      assertToken(plain, 'Consent under PIPL is separate.', 'PIPL', L.abbreviation);
      assertToken(plain, 'As the GDPR requires,', 'GDPR', L.abbreviation);
      assertNotScoped(plain, 'a pipl or a Pipl', 'pipl or a Pipl', ANY_LAW);
      assertNotScoped(plain, 'PIPLX and XPIPL', 'PIPLX and XPIPL', ANY_LAW);
    });

    // Decision: DSL, CSL, ECL and NSIA collide with technical words (docs/laws.md), so they are
    // scoped only where the text makes them a law: an article next to them, a country before them,
    // or in brackets after the full name.
    it('leaves an ambiguous abbreviation alone without a law context ("DSL modem")', () => {
      assertNotScoped(plain, 'The site has a DSL modem.', 'DSL', ANY_LAW);
      assertNotScoped(markdown, 'We write the DSL compiler in OCaml.', 'DSL', ANY_LAW);
      assertNotScoped(plain, 'ECL detection of western blots', 'ECL', ANY_LAW);
    });

    it('scopes an ambiguous abbreviation with an article, a country or after the full name', () => {
      assertToken(plain, 'See Article 36 of the DSL.', 'DSL', L.abbreviation);
      assertToken(plain, 'See DSL Art. 21 on classification.', 'DSL', L.abbreviation);
      assertToken(plain, 'The PRC DSL restricts this.', 'DSL', L.abbreviation);
      assertScoped(plain, "Under China's CSL, operators", "China's", L.abbreviation);
      assertToken(plain, 'the Data Security Law (DSL) and', 'DSL', L.abbreviation);
      assertToken(plain, 'the Data Security Law (DSL) and', 'Data Security Law', L.name);
    });
  });

  describe('EU acts', () => {
    it('scopes a regulation the cards name', () => {
      assertScoped(plain, 'Items in Annex I of Regulation (EU) 2021/821 need a licence.', 'Regulation (EU) 2021/821', ANY_LAW);
    });

    it('scopes any numbered EU act, in the old styles too', () => {
      assertToken(plain, 'Screening under Regulation (EU) 2019/452 applies.', 'Regulation (EU) 2019/452', L.euAct);
      assertToken(plain, 'It replaced Council Regulation (EC) No 428/2009.', 'Council Regulation (EC) No 428/2009', L.euAct);
      assertToken(plain, 'Directive (EU) 2022/2555 and', 'Directive (EU) 2022/2555', L.euAct);
      assertToken(plain, 'as Directive 95/46/EC did', 'Directive 95/46/EC', L.euAct);
    });

    it('leaves an EU act without a number alone', () => {
      assertNotScoped(plain, 'a Regulation (EU) that the Commission proposed', 'Regulation (EU)', ANY_LAW);
    });
  });

  describe('articles', () => {
    it('scopes an article before the law', () => {
      const line = 'Article 36 of the DSL forbids it.';
      assertToken(plain, line, 'Article 36', L.article);
      assertScoped(plain, 'Article 36 of the DSL', 'Article 36 of the DSL', L.citation);
      assertToken(plain, 'Art. 38 PIPL lists the routes.', 'Art. 38', L.article);
      assertToken(plain, 'Art. 38 PIPL lists the routes.', 'PIPL', L.abbreviation);
      assertToken(plain, 'Articles 44-50 of the General Data Protection Regulation', 'Articles 44-50', L.article);
    });

    it('scopes an article after the law, in English or Chinese', () => {
      assertToken(plain, 'PIPL, Article 38(1) lists', 'Article 38(1)', L.article);
      assertToken(plain, '《数据安全法》第三十六条规定', '第三十六条', L.article);
      assertToken(plain, '《数据安全法》第三十六条规定', '数据安全法', L.name);
      assertToken(plain, '个人信息保护法第三十八条第一款', '第三十八条第一款', L.article);
    });

    it('leaves articles that cite no law alone', () => {
      assertNotScoped(plain, 'Article 7 of this Agreement governs publication.', 'Article 7', L.article);
      assertNotScoped(plain, '第三十六条 双方同意', '第三十六条', L.article);
    });
  });

  describe('ordinary words', () => {
    for (const words of ['china clay', 'the law', 'Chinese law', 'export control', 'data security', 'the regulation']) {
      it(`leaves "${words}" alone`, () => {
        assertNotScoped(plain, `We discussed ${words} at length.`, words, ANY_LAW);
        assertNotScoped(markdown, `We discussed ${words} at length.`, words, ANY_LAW);
      });
    }
  });

  describe('where', () => {
    it('scopes laws in Markdown, LaTeX and plain-text prose', () => {
      assertToken(markdown, 'Data goes *nowhere*; the PIPL applies.', 'PIPL', L.abbreviation);
      assertToken(latex, 'Under the \\emph{PIPL}, consent is separate.', 'PIPL', L.abbreviation);
      assertToken(plain, 'the PIPL applies', 'PIPL', L.abbreviation);
    });

    it('scopes laws in Markdown headings and across paragraph lines', () => {
      assertToken(markdown, '## Compliance with the PIPL', 'PIPL', L.abbreviation);
      const lines = tokenizeLines(markdown, 'Samples stay in China under\nthe Biosecurity Law of the PRC.');
      assert.ok(
        lines[1].some((t) => t.text === 'Biosecurity Law' && t.scopes.includes(L.name)),
        JSON.stringify(lines[1]),
      );
    });

    it('leaves Markdown front matter alone', () => {
      const lines = tokenizeLines(markdown, '---\ntitle: PIPL review\n---\nThe PIPL applies.');
      assert.ok(!lines[1].some((t) => t.scopes.some((s) => s.startsWith(ANY_LAW))), JSON.stringify(lines[1]));
      assert.ok(
        lines[3].some((t) => t.text === 'PIPL' && t.scopes.includes(L.abbreviation)),
        JSON.stringify(lines[3]),
      );
    });

    it('leaves Markdown code and comments alone', () => {
      assertNotScoped(markdown, 'Run `check --law PIPL` first.', 'PIPL', ANY_LAW);
      assertNotScoped(markdown, '<!-- PIPL to check -->', 'PIPL', ANY_LAW);
      const fenced = tokenizeLines(markdown, '```\nthe PIPL applies\n```');
      assert.ok(
        fenced[1].length > 0 && fenced[1].every((t) => t.scopes.includes('markup.fenced_code.block.markdown')),
        'the code is fenced',
      );
      assert.ok(!fenced[1].some((t) => t.scopes.some((s) => s.startsWith(ANY_LAW))), JSON.stringify(fenced[1]));
    });

    it('leaves LaTeX comments and math alone', () => {
      assertNotScoped(latex, 'Text. % the PIPL applies', 'PIPL', ANY_LAW);
      assertNotScoped(latex, 'where $PIPL$ is a set', 'PIPL', ANY_LAW);
      assertNotScoped(latex, 'as argued \\cite{PIPL,GDPR}', 'PIPL,GDPR', ANY_LAW);
    });

    it('leaves the reason of a plain-text directive alone', () => {
      assertNotScoped(plain, 'caveat: accept data-export because PIPL Art. 38 contract signed', 'PIPL', ANY_LAW);
    });
  });
});
