// Loads Caveat's grammars with vscode-textmate and vscode-oniguruma the way VS Code does: host
// grammars by scope name, injections by the `injectTo` of the package.json contributions. VS Code's
// built-in Markdown and LaTeX grammars are not part of the repository, so small stand-ins with the
// same scope names and comment scopes are used (fixtures/); vscode-builtin-grammars.ts finds the
// real ones when a local VS Code or code-server is installed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { type IGrammar, type IOnigLib, type IRawGrammar, parseRawGrammar, Registry } from 'vscode-textmate';
import { GRAMMAR_CONTRIBUTIONS } from '../../../scripts/syntaxes/grammar-contributions';
import { repoRoot } from '../../../scripts/syntaxes/syntax-paths';

/** Grammar files by scope name, with the scopes each injection grammar is injected into. */
export interface HostGrammars {
  files: Record<string, string>;
  injectTo: Record<string, string[]>;
}

const FIXTURE_HOSTS: Record<string, string> = {
  'text.html.markdown': path.join(__dirname, 'fixtures', 'markdown-host.tmLanguage.json'),
  'text.tex.latex': path.join(__dirname, 'fixtures', 'latex-host.tmLanguage.json'),
  'text.tex': path.join(__dirname, 'fixtures', 'tex-host.tmLanguage.json'),
};

/** The stand-in hosts of fixtures/ with Caveat's grammars. */
export const FIXTURE_GRAMMARS: HostGrammars = withCaveatGrammars({ files: { ...FIXTURE_HOSTS }, injectTo: {} });

/** Adds Caveat's grammars as package.json contributes them. */
export function withCaveatGrammars(hosts: HostGrammars): HostGrammars {
  const files = { ...hosts.files };
  const injectTo = { ...hosts.injectTo };
  for (const c of GRAMMAR_CONTRIBUTIONS) {
    files[c.scopeName] = path.join(repoRoot, c.path);
    if (c.injectTo) injectTo[c.scopeName] = c.injectTo;
  }
  return { files, injectTo };
}

function injectionsFor(hosts: HostGrammars, scopeName: string): string[] {
  return Object.entries(hosts.injectTo)
    .filter(([, targets]) => targets.includes(scopeName))
    .map(([injection]) => injection);
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

const registries = new Map<HostGrammars, Registry>();

function registryFor(hosts: HostGrammars): Registry {
  let registry = registries.get(hosts);
  if (!registry) {
    registry = new Registry({
      onigLib: loadOnigLib(),
      loadGrammar: async (scopeName): Promise<IRawGrammar | null> => {
        const file = hosts.files[scopeName];
        return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName) => injectionsFor(hosts, scopeName),
    });
    registries.set(hosts, registry);
  }
  return registry;
}

/** The grammar of a host scope (text.html.markdown, text.tex.latex, text.tex, text.plain.caveat) with Caveat's injections. */
export async function loadHostGrammar(scopeName: string, hosts: HostGrammars = FIXTURE_GRAMMARS): Promise<IGrammar> {
  const grammar = await registryFor(hosts).loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  return grammar;
}
