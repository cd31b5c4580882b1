// Loads Caveat's grammars with vscode-textmate and vscode-oniguruma the way VS Code does: host
// grammars by scope name, injections by the `injectTo` of the package.json contributions. VS Code's
// built-in Markdown and LaTeX grammars are not installed here, so small stand-ins with the same
// scope names and comment scopes are used (fixtures/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { type IGrammar, type IOnigLib, type IRawGrammar, parseRawGrammar, Registry } from 'vscode-textmate';
import { GRAMMAR_CONTRIBUTIONS } from '../../../scripts/syntaxes/grammar-contributions';
import { repoRoot } from '../../../scripts/syntaxes/syntax-paths';

const FIXTURE_HOSTS: Record<string, string> = {
  'text.html.markdown': path.join(__dirname, 'fixtures', 'markdown-host.tmLanguage.json'),
  'text.tex.latex': path.join(__dirname, 'fixtures', 'latex-host.tmLanguage.json'),
  'text.tex': path.join(__dirname, 'fixtures', 'tex-host.tmLanguage.json'),
};

function grammarFiles(): Record<string, string> {
  const files = { ...FIXTURE_HOSTS };
  for (const c of GRAMMAR_CONTRIBUTIONS) files[c.scopeName] = path.join(repoRoot, c.path);
  return files;
}

function injectionsFor(scopeName: string): string[] {
  return GRAMMAR_CONTRIBUTIONS.filter((c) => c.injectTo?.includes(scopeName)).map((c) => c.scopeName);
}

let onigLib: Promise<IOnigLib> | undefined;

/** Oniguruma from the WebAssembly file in node_modules (loaded once: loadWASM may run only once). */
function loadOnigLib(): Promise<IOnigLib> {
  onigLib ??= loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer).then(() => ({
    createOnigScanner,
    createOnigString,
  }));
  return onigLib;
}

let registry: Registry | undefined;

function theRegistry(): Registry {
  const files = grammarFiles();
  registry ??= new Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scopeName): Promise<IRawGrammar | null> => {
      const file = files[scopeName];
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: injectionsFor,
  });
  return registry;
}

/** The grammar of a host scope (text.html.markdown, text.tex.latex, text.tex, text.plain.caveat) with Caveat's injections. */
export async function loadHostGrammar(scopeName: string): Promise<IGrammar> {
  const grammar = await theRegistry().loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  return grammar;
}
