// Caveat directives in Markdown HTML comments, LaTeX % comments and plain-text lines: keyword, rule
// ids and reason get their own scopes, and a directive without a reason is marked invalid.
import { strict as assert } from 'node:assert';
import type { IGrammar } from 'vscode-textmate';
import { DIRECTIVE_SCOPES as S } from '../../../scripts/syntaxes/caveat-scopes';
import { assertNotScoped, assertScoped, assertToken, innermostScope, tokenizeLines } from './scoped-tokens';
import { loadHostGrammar } from './textmate-registry';

describe('syntaxes: directives', function () {
  // Compiling the grammars (and, for VS Code's, loading every embedded language) takes seconds.
  this.timeout(60_000);
  let markdown: IGrammar;
  let latex: IGrammar;
  let tex: IGrammar;
  let plain: IGrammar;

  before(async () => {
    markdown = await loadHostGrammar('text.html.markdown');
    latex = await loadHostGrammar('text.tex.latex');
    tex = await loadHostGrammar('text.tex');
    plain = await loadHostGrammar('text.plain.caveat');
  });

  describe('in a Markdown HTML comment', () => {
    const line = '<!-- caveat-disable-next-line tech.quantum-sensing, data-export: approved by the export office -->';

    it('scopes the keyword, each rule id and the reason', () => {
      assertToken(markdown, line, 'caveat-disable-next-line', S.keyword);
      assertToken(markdown, line, 'tech.quantum-sensing', S.ruleId);
      assertToken(markdown, line, 'data-export', S.ruleId);
      assertToken(markdown, line, ',', S.comma);
      assertToken(markdown, line, 'approved by the export office', S.reason);
    });

    it('stops the reason before the end of the comment, which stays the comment end', () => {
      assertNotScoped(markdown, line, '-->', S.directive);
      assertToken(markdown, line, '-->', 'punctuation.definition.comment.html');
      assertScoped(markdown, line, 'caveat-disable-next-line', 'comment.block.html');
    });

    it('reads a directive with no space after the comment opener', () => {
      const tight = '<!--caveat-disable-line data-export: public data only-->';
      assertToken(markdown, tight, 'caveat-disable-line', S.keyword);
      assertToken(markdown, tight, 'public data only', S.reason);
    });

    it('reads disable-line, a wildcard rule and any letter case', () => {
      const upper = '<!-- CAVEAT-DISABLE-LINE *: quoted from the call text -->';
      assertToken(markdown, upper, 'CAVEAT-DISABLE-LINE', S.keyword);
      assertToken(markdown, upper, '*', S.ruleId);
      assertToken(markdown, upper, 'quoted from the call text', S.reason);
    });

    it('marks a directive without a reason, or with an empty one, invalid', () => {
      for (const bare of ['<!-- caveat-disable-line tech.quantum-sensing -->', '<!-- caveat-disable-line tech.quantum-sensing: -->']) {
        assert.equal(innermostScope(markdown, bare, 'caveat-disable-line'), S.missingReason, bare);
        assertScoped(markdown, bare, 'caveat-disable-line', S.keyword);
        assertToken(markdown, bare, 'tech.quantum-sensing', S.ruleId);
        assertScoped(markdown, bare, 'tech.quantum-sensing', S.missingReason);
      }
    });

    it('does not mark a directive with a reason invalid', () => {
      assertNotScoped(markdown, line, 'caveat-disable-next-line', S.missingReason);
    });

    it('leaves a keyword without a rule alone, as the engine does', () => {
      assertNotScoped(markdown, '<!-- caveat-disable-next-line -->', 'caveat-disable-next-line', S.directive);
    });

    it('reads a directive on its own line of a comment that spans lines', () => {
      const lines = tokenizeLines(markdown, '<!--\ncaveat-disable-next-line data-export: samples stay in Leiden\n-->');
      const keyword = lines[1].find((t) => t.text === 'caveat-disable-next-line');
      const reason = lines[1].find((t) => t.text === 'samples stay in Leiden');
      assert.ok(keyword?.scopes.includes(S.keyword), JSON.stringify(lines[1]));
      assert.ok(reason?.scopes.includes(S.reason), JSON.stringify(lines[1]));
    });

    it('reads the accept form in a comment too', () => {
      const accept = '<!-- caveat: accept partner.nudt because the MoU was withdrawn -->';
      assertToken(markdown, accept, 'caveat: accept', S.keyword);
      assertToken(markdown, accept, 'partner.nudt', S.ruleId);
      assertToken(markdown, accept, 'because', S.because);
      assertToken(markdown, accept, 'the MoU was withdrawn', S.reason);
    });

    it('leaves directive words in prose alone (the engine reads them only in comments)', () => {
      const prose = 'Write caveat-disable-next-line tech.x: reason in a comment.';
      assertNotScoped(markdown, prose, 'caveat-disable-next-line', S.keyword);
      assertNotScoped(markdown, prose, 'tech.x', S.ruleId);
    });
  });

  describe('in a LaTeX % comment', () => {
    it('scopes the keyword, the rule id and the reason', () => {
      const line = '% caveat-disable-next-line data-export: consent covers transfer to the partner';
      assertToken(latex, line, 'caveat-disable-next-line', S.keyword);
      assertToken(latex, line, 'data-export', S.ruleId);
      assertToken(latex, line, 'consent covers transfer to the partner', S.reason);
      assertScoped(latex, line, 'data-export', 'comment.line.percentage.tex');
    });

    it('reads a comment after text on the same line, and plain TeX', () => {
      const line = 'We use samples. % caveat-disable-line data-export: anonymised';
      assertToken(latex, line, 'caveat-disable-line', S.keyword);
      assertToken(latex, line, 'anonymised', S.reason);
      assertToken(tex, '% caveat-disable-line data-export: anonymised', 'anonymised', S.reason);
    });

    it('marks a directive without a reason invalid', () => {
      const line = '% caveat-disable-next-line data-export';
      assert.equal(innermostScope(latex, line, 'caveat-disable-next-line'), S.missingReason);
      assertScoped(latex, line, 'data-export', S.missingReason);
    });

    it('leaves directive words outside comments alone', () => {
      assertNotScoped(latex, '\\texttt{caveat-disable-line data-export: x}', 'caveat-disable-line', S.keyword);
    });
  });

  describe('on a plain-text line', () => {
    it('scopes the accept form: keyword, rule id, "because" and reason', () => {
      const line = 'caveat: accept partner.nudt because reviewed by the security office on 3 March 2026';
      assertToken(plain, line, 'caveat: accept', S.keyword);
      assertToken(plain, line, 'partner.nudt', S.ruleId);
      assertToken(plain, line, 'because', S.because);
      assertToken(plain, line, 'reviewed by the security office on 3 March 2026', S.reason);
    });

    it('reads a colon instead of "because", several rules and a comment leader', () => {
      const line = '# caveat: accept contract-clause, sanctions-law: the clause was struck out';
      assertToken(plain, line, '#', S.commentLeader);
      assertToken(plain, line, 'contract-clause', S.ruleId);
      assertToken(plain, line, 'sanctions-law', S.ruleId);
      assertToken(plain, line, 'the clause was struck out', S.reason);
    });

    it('reads the disable forms as the plain-text extractor does', () => {
      const line = '  caveat-disable-next-line tech.quantum-sensing: civil metrology only';
      assertToken(plain, line, 'caveat-disable-next-line', S.keyword);
      assertToken(plain, line, 'civil metrology only', S.reason);
    });

    it('marks a directive without a reason invalid', () => {
      for (const line of ['caveat: accept partner.nudt', 'caveat: accept partner.nudt because', 'caveat: accept partner.nudt:  ']) {
        assert.equal(innermostScope(plain, line, 'caveat: accept'), S.missingReason, line);
        assertScoped(plain, line, 'partner.nudt', S.missingReason);
      }
    });

    it('reads directives only as a line of their own', () => {
      const line = 'The partner wrote caveat: accept partner.nudt because they like it.';
      assertNotScoped(plain, line, 'caveat: accept', S.keyword);
      assertNotScoped(plain, line, 'partner.nudt', S.ruleId);
    });
  });
});
