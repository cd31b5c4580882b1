// The same checks against VS Code's own Markdown and LaTeX grammars (with their own injections, such
// as Markdown math), when a local VS Code or code-server is installed; skipped otherwise.
import { strict as assert } from 'node:assert';
import type { IGrammar } from 'vscode-textmate';
import { LAW_SCOPES as L, DIRECTIVE_SCOPES as S } from '../../../scripts/syntaxes/caveat-scopes';
import { assertNotScoped, assertToken, innermostScope, tokenizeLines } from './scoped-tokens';
import { loadHostGrammar } from './textmate-registry';
import { vscodeBuiltinGrammars } from './vscode-builtin-grammars';

const ANY_LAW = 'markup.underline.link.law';

describe("syntaxes: with VS Code's built-in grammars", function () {
  // Compiling the grammars (and, for VS Code's, loading every embedded language) takes seconds.
  this.timeout(60_000);
  const hosts = vscodeBuiltinGrammars();
  let markdown: IGrammar;
  let latex: IGrammar;

  before(async function () {
    if (!hosts) this.skip();
    markdown = await loadHostGrammar('text.html.markdown', hosts);
    latex = await loadHostGrammar('text.tex.latex', hosts);
  });

  it('Markdown: directives in block and inline HTML comments', () => {
    const block = '<!-- caveat-disable-next-line tech.quantum-sensing, data-export: approved by the export office -->';
    assertToken(markdown, block, 'caveat-disable-next-line', S.keyword);
    assertToken(markdown, block, 'data-export', S.ruleId);
    assertToken(markdown, block, 'approved by the export office', S.reason);
    assertToken(markdown, block, '-->', 'punctuation.definition.comment.html');
    const inline = 'Samples stay here <!-- caveat-disable-line data-export --> for now.';
    assert.equal(innermostScope(markdown, inline, 'caveat-disable-line'), S.missingReason);
  });

  it('Markdown: laws in paragraphs, headings, lists, bold and link text', () => {
    assertToken(markdown, 'Article 36 of the DSL forbids it.', 'Article 36', L.article);
    assertToken(markdown, 'Article 36 of the DSL forbids it.', 'DSL', L.abbreviation);
    assertToken(markdown, '## Compliance with the PIPL', 'PIPL', L.abbreviation);
    assertToken(markdown, '- the Data Security Law applies', 'Data Security Law', L.name);
    assertToken(markdown, 'See **Art. 38 PIPL** first.', 'Art. 38', L.article);
    assertToken(markdown, 'Read [the PIPL](https://example.invalid/pipl).', 'PIPL', L.abbreviation);
  });

  it('Markdown: no laws in code, math, URLs, front matter or a DSL modem', () => {
    assertNotScoped(markdown, 'Run `PIPL` and $PIPL$ here.', '`PIPL` and $PIPL$', ANY_LAW);
    assertNotScoped(markdown, 'Read [the law](https://example.invalid/PIPL).', 'https://example.invalid/PIPL', ANY_LAW);
    assertNotScoped(markdown, 'The site has a DSL modem.', 'DSL', ANY_LAW);
    const lines = tokenizeLines(markdown, '---\ntitle: PIPL review\n---\n\n```\nPIPL\n```');
    for (const line of [lines[1], lines[5]])
      assert.ok(!line.some((t) => t.scopes.some((s) => s.startsWith(ANY_LAW))), JSON.stringify(line));
  });

  it('LaTeX: directives in % comments, also after text', () => {
    const line = 'We use samples. % caveat-disable-next-line data-export: consent obtained';
    assertToken(latex, line, 'caveat-disable-next-line', S.keyword);
    assertToken(latex, line, 'data-export', S.ruleId);
    assertToken(latex, line, 'consent obtained', S.reason);
    assert.equal(innermostScope(latex, '% caveat-disable-next-line sanctions-law', 'caveat-disable-next-line'), S.missingReason);
  });

  it('LaTeX: laws in prose, section titles and \\textbf; not in comments, math, citations, URLs or verbatim', () => {
    assertToken(latex, 'Under the PIPL, consent is separate.', 'PIPL', L.abbreviation);
    assertToken(latex, '\\section{Compliance with the PIPL}', 'PIPL', L.abbreviation);
    assertToken(latex, '\\textbf{Data Security Law}', 'Data Security Law', L.name);
    assertNotScoped(latex, 'Text. % the PIPL applies', 'PIPL', ANY_LAW);
    assertNotScoped(
      latex,
      'as \\cite{PIPL} and $PIPL$ and \\url{https://x.invalid/PIPL}',
      'PIPL} and $PIPL$ and \\url{https://x.invalid/PIPL',
      ANY_LAW,
    );
    const verbatim = tokenizeLines(latex, '\\begin{verbatim}\nPIPL\n\\end{verbatim}');
    assert.ok(!verbatim[1].some((t) => t.scopes.some((s) => s.startsWith(ANY_LAW))), JSON.stringify(verbatim[1]));
  });
});
