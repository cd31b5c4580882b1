// The language server: wiring only. Documents come in, settings are pulled per document, the engine
// scans, and the lsp/ adapters turn findings into diagnostics, hovers and code actions.
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  type Connection,
  createConnection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Finding, type Rule, type RuleProblem, scanDocument } from './engine';
import { codeActionsFor } from './lsp/code-actions';
import { findingToDiagnostic, ruleProblemToDiagnostic } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { bundledKnowledge } from './lsp/knowledge';
import { engineLanguage } from './lsp/languages';
import { RuleSetCache } from './lsp/rule-set';
import { ScanScheduler } from './lsp/scheduler';
import { type CaveatSettings, DEFAULT_SETTINGS, normalizeSettings } from './lsp/settings';

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const rules = new RuleSetCache();
  const settingsCache = new Map<string, Thenable<CaveatSettings>>();
  const ruleFilesWithProblems = new Set<string>();
  /** The latest findings of each open document, for hovers and code actions. */
  const latest = new Map<string, { version: number; findings: Finding[]; rules: Map<string, Rule> }>();
  const rulesById = new WeakMap<object, Map<string, Rule>>();
  /** The diagnostics last published for a document, for "accept all of this rule". */
  const published = new Map<string, Diagnostic[]>();
  const allDiagnostics = (uri: string) => published.get(uri) ?? [];
  let workspaceFolders: string[] = [];
  let pullsConfiguration = false;

  const settingsFor = (uri: string): Thenable<CaveatSettings> => {
    if (!pullsConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'caveat' }).then(normalizeSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  };

  const publishRuleProblems = (problems: RuleProblem[]) => {
    const byFile = new Map<string, ReturnType<typeof ruleProblemToDiagnostic>[]>();
    for (const p of problems) {
      const uri = pathToFileURL(p.file).toString();
      const list = byFile.get(uri) ?? [];
      list.push(ruleProblemToDiagnostic(p));
      byFile.set(uri, list);
    }
    for (const uri of ruleFilesWithProblems) if (!byFile.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
    ruleFilesWithProblems.clear();
    for (const [uri, diagnostics] of byFile) {
      ruleFilesWithProblems.add(uri);
      connection.sendDiagnostics({ uri, diagnostics });
    }
  };

  const validate = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc) return;
    const language = engineLanguage(doc.languageId);
    if (!language) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    if (!settings.enable) {
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const text = doc.getText();
    if (text.length > settings.maxDocumentKB * 1024) {
      connection.sendDiagnostics({
        uri,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 3,
            source: 'caveat',
            code: 'caveat.too-large',
            message: `Caveat did not scan this document: it is larger than caveat.maxDocumentKB (${settings.maxDocumentKB} KB). Scan it with the CLI or raise the setting.`,
          },
        ],
      });
      return;
    }
    try {
      const ruleSet = rules.get(RuleSetCache.resolvePaths(settings.rulePacks, workspaceFolders), settings.useBundledRules);
      publishRuleProblems(ruleSet.problems);
      const report = scanDocument(text, language, ruleSet.compiled, { minRisk: settings.minRisk, categories: settings.categories });
      if (documents.get(uri)?.version !== version) return; // a newer edit is on its way
      let byId = rulesById.get(ruleSet.compiled);
      if (!byId) {
        byId = new Map(ruleSet.compiled.rules.map((r) => [r.id, r]));
        rulesById.set(ruleSet.compiled, byId);
      }
      latest.set(uri, { version, findings: report.findings, rules: byId });
      const diagnostics = report.findings.filter((f) => !f.accepted).map((f) => findingToDiagnostic(doc, f));
      published.set(uri, diagnostics);
      connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (e) {
      // The server never goes down on a document: report once, keep serving the others.
      connection.console.error(`Caveat could not scan ${uri}: ${(e as Error).stack ?? e}`);
    }
  };

  const scheduler = new ScanScheduler((uri) => void validate(uri));
  const scheduleAll = () => {
    for (const doc of documents.all()) scheduler.schedule(doc.uri, 0);
  };

  connection.onInitialize((params) => {
    pullsConfiguration = !!params.capabilities.workspace?.configuration;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [fileURLToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'caveat', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (pullsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'caveat' });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    scheduleAll();
  });

  connection.onNotification('caveat/rescan', () => {
    settingsCache.clear();
    scheduleAll();
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !engineLanguage(doc.languageId)) return undefined;
    const state = latest.get(doc.uri);
    try {
      return hoverAt(doc, doc.offsetAt(params.position), state?.findings ?? [], state?.rules ?? new Map(), bundledKnowledge().laws);
    } catch (e) {
      connection.console.error(`Caveat hover failed: ${(e as Error).message}`);
      return undefined;
    }
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    const language = doc && engineLanguage(doc.languageId);
    if (!doc || !language) return [];
    return codeActionsFor(
      doc,
      language,
      params.context.diagnostics,
      params.context.diagnostics.length ? allDiagnostics(doc.uri) : [],
      bundledKnowledge().clauses,
    );
  });

  documents.onDidOpen((e) => scheduler.schedule(e.document.uri, 0));
  documents.onDidChangeContent(async (e) => {
    const settings = await settingsFor(e.document.uri);
    scheduler.schedule(e.document.uri, settings.debounceMs);
  });
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    settingsCache.delete(e.document.uri);
    latest.delete(e.document.uri);
    published.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}
