// Tokenizes sample lines and answers questions about the scopes of a piece of text in them.
import { strict as assert } from 'node:assert';
import { type IGrammar, INITIAL, type StateStack } from 'vscode-textmate';

export interface ScopedToken {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

/** The tokens of each line of a document (lines share the tokenizer state, as in an editor). */
export function tokenizeLines(grammar: IGrammar, text: string): ScopedToken[][] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({
      text: line.slice(t.startIndex, t.endIndex),
      start: t.startIndex,
      end: t.endIndex,
      scopes: t.scopes,
    }));
  });
}

/** The tokens of a one-line sample that cover the first occurrence of `part` in it. */
export function tokensOf(grammar: IGrammar, line: string, part: string): ScopedToken[] {
  const at = line.indexOf(part);
  assert.ok(at >= 0, `"${part}" is not in "${line}"`);
  const [tokens] = tokenizeLines(grammar, line);
  return tokens.filter((t) => t.end > at && t.start < at + part.length);
}

function hasScope(token: ScopedToken, scope: string): boolean {
  return token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

function describe(tokens: ScopedToken[]): string {
  return tokens.map((t) => `"${t.text}" [${t.scopes.join(' ')}]`).join('\n  ');
}

/** Every character of `part` has `scope` (or a scope under it), and `part` is one token exactly. */
export function assertToken(grammar: IGrammar, line: string, part: string, scope: string): void {
  const tokens = tokensOf(grammar, line, part);
  assert.ok(
    tokens.length === 1 && tokens[0].text === part && hasScope(tokens[0], scope),
    `"${part}" in "${line}" should be one token scoped ${scope}, got:\n  ${describe(tokens)}`,
  );
}

/** Every character of `part` has `scope` (it may span several tokens). */
export function assertScoped(grammar: IGrammar, line: string, part: string, scope: string): void {
  const tokens = tokensOf(grammar, line, part);
  assert.ok(
    tokens.length > 0 && tokens.every((t) => hasScope(t, scope)),
    `"${part}" in "${line}" should be scoped ${scope}, got:\n  ${describe(tokens)}`,
  );
}

/** No character of `part` has `scope`. */
export function assertNotScoped(grammar: IGrammar, line: string, part: string, scope: string): void {
  const tokens = tokensOf(grammar, line, part);
  assert.ok(!tokens.some((t) => hasScope(t, scope)), `"${part}" in "${line}" should not be scoped ${scope}, got:\n  ${describe(tokens)}`);
}

/** The innermost scope of the token that is exactly `part`. */
export function innermostScope(grammar: IGrammar, line: string, part: string): string {
  const tokens = tokensOf(grammar, line, part);
  assert.equal(tokens.length, 1, `"${part}" in "${line}" should be one token, got:\n  ${describe(tokens)}`);
  return tokens[0].scopes[tokens[0].scopes.length - 1];
}
