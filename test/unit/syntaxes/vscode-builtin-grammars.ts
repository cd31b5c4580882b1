// Finds the grammars that ship with VS Code (Markdown, LaTeX, HTML, ...) in a local install, so the
// injections can also be checked against the real hosts: CAVEAT_VSCODE_EXTENSIONS (a VS Code
// `resources/app/extensions` folder) or the code-server of the end-to-end suites.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { e2eCacheDir } from '../../e2e/support/toolchain-paths';
import { type HostGrammars, withCaveatGrammars } from './textmate-registry';

interface ExtensionManifest {
  contributes?: { grammars?: { scopeName?: string; path?: string; injectTo?: string[] }[] };
}

function extensionsDir(): string | undefined {
  const candidates = [
    process.env.CAVEAT_VSCODE_EXTENSIONS,
    path.join(e2eCacheDir, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions'),
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'markdown-basics', 'package.json')));
}

/** VS Code's built-in grammars (with their own injections) plus Caveat's, or undefined when none is installed. */
export function vscodeBuiltinGrammars(): HostGrammars | undefined {
  const dir = extensionsDir();
  if (!dir) return undefined;
  const hosts: HostGrammars = { files: {}, injectTo: {} };
  for (const name of readdirSync(dir)) {
    const manifestPath = path.join(dir, name, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ExtensionManifest;
    for (const grammar of manifest.contributes?.grammars ?? []) {
      if (!grammar.scopeName || !grammar.path) continue;
      hosts.files[grammar.scopeName] = path.join(dir, name, grammar.path);
      if (grammar.injectTo) hosts.injectTo[grammar.scopeName] = grammar.injectTo;
    }
  }
  return withCaveatGrammars(hosts);
}
