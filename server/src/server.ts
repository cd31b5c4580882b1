// The language server: wiring only. Documents come in, settings are pulled per document, the engine
// scans, and the lsp/ adapters turn findings into diagnostics, hovers and code actions.
import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  type Connection,
  createConnection,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { adjustFindings } from './config/apply-config';
import { ConfigResolver } from './config/find-config';
import { type Finding, IncrementalScanner, type RuleLookup, type RuleProblem, ruleLookup } from './engine';
import { CLIENT_ACCEPT_COMMAND, CLIENT_ADD_PARTNER_COMMAND, CLIENT_GUIDANCE_COMMAND, SERVER_GUIDANCE_COMMAND } from './lsp/client-commands';
import { type ClientAbilities, codeActionsFor } from './lsp/code-actions';
import { findingToDiagnostic, ruleProblemToDiagnostic } from './lsp/diagnostics';
import { type DocumentSettings, documentSettings, ReviewedPartnerLists } from './lsp/document-settings';
import { extractDocxText } from './lsp/docx';
import { EditTracker } from './lsp/edit-tracker';
import { hoverAt } from './lsp/hover';
import { bundledKnowledge } from './lsp/knowledge';
import { engineLanguage } from './lsp/languages';
import { partnerListTarget } from './lsp/partner-list-edit';
import { type ReportDocument, renderReviewReport } from './lsp/review-report';
import { type RuleSet, RuleSetCache } from './lsp/rule-set';
import { ScanScheduler } from './lsp/scheduler';
import { type CaveatSettings, DEFAULT_SETTINGS, normalizeSettings } from './lsp/settings';
import { showGuidance } from './lsp/show-guidance';
import { scanFilesOnDisk } from './lsp/workspace-scan';

interface DocumentState {
  version: number;
  findings: Finding[];
  rules: RuleLookup;
  diagnostics: Diagnostic[];
  jurisdiction: string;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  /** Where each edit lands, so a scan of a large draft need not compare it whole with the last one. */
  const edits = new EditTracker();
  const documents = new TextDocuments(edits.documents);
  const ruleSets = new RuleSetCache();
  const partnerLists = new ReviewedPartnerLists();
  let configs = new ConfigResolver();
  const settingsCache = new Map<string, Thenable<CaveatSettings>>();
  const ruleFilesWithProblems = new Set<string>();
  /** The latest findings and diagnostics of each open document, for hovers and code actions. */
  const states = new Map<string, DocumentState>();
  /** Per open document: re-scans only the tokens around each edit. */
  const scanners = new Map<string, IncrementalScanner>();
  let workspaceFolders: string[] = [];
  let pullsConfiguration = false;
  /** In an untrusted workspace only bundled rules run: no workspace packs or partner lists are read. */
  let trusted = true;
  /** Commands the client announced it registers itself (initializationOptions.clientCommands). */
  let client: ClientAbilities = { acceptsWithPrompt: false, showsGuidance: false, addsPartnersWithPrompt: false, createsFiles: false };
  let showsDocuments = false;

  const settingsFor = (uri: string): Thenable<CaveatSettings> => {
    if (!pullsConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'caveat' }).then(normalizeSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  };

  const settingsOf = async (uri: string): Promise<DocumentSettings> => {
    const applied = documentSettings(uri, await settingsFor(uri), trusted, configs, partnerLists, workspaceFolders);
    publishConfigProblems(applied);
    return applied;
  };

  let loggedRuleSet: RuleSet | undefined;
  const ruleSetFor = (settings: DocumentSettings): RuleSet => {
    const ruleSet = ruleSets.get(settings.rulePacks, settings.useBundledRules);
    publishRuleProblems(ruleSet.problems);
    if (ruleSet !== loggedRuleSet) {
      loggedRuleSet = ruleSet;
      const { cached, from, ms, cacheProblem, child } = ruleSet.compile;
      const how =
        from === 'snapshot'
          ? `${child ? 'loaded by a child process and ' : ''}read from the rule-set snapshot`
          : cached
            ? 'read from the compiled-rules cache'
            : 'compiled';
      connection.console.log(`${ruleSet.compiled.stats.rules} rules ${how} in ${Math.round(ms)} ms`);
      if (cacheProblem) connection.console.warn(cacheProblem);
    }
    return ruleSet;
  };

  // By id without walking the list: a snapshot's rules are parsed only when a finding needs one.
  const rulesOf = (ruleSet: RuleSet): RuleLookup => ruleLookup(ruleSet.compiled.rules);

  const publishRuleProblems = (problems: RuleProblem[]) => {
    const byFile = new Map<string, Diagnostic[]>();
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

  /** Problems of .caveat.yaml files and partner lists, shown in those files. */
  const configFilesWithProblems = new Map<string, string>();
  const publishConfigProblems = (applied: DocumentSettings) => {
    const key = applied.configFile ?? '';
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of applied.problems) {
      const uri = pathToFileURL(p.file).toString();
      const list = byFile.get(uri) ?? [];
      list.push(ruleProblemToDiagnostic({ ...p, severity: 'error' }));
      byFile.set(uri, list);
    }
    for (const [uri, owner] of configFilesWithProblems) {
      if (owner === key && !byFile.has(uri)) {
        connection.sendDiagnostics({ uri, diagnostics: [] });
        configFilesWithProblems.delete(uri);
      }
    }
    for (const [uri, diagnostics] of byFile) {
      configFilesWithProblems.set(uri, key);
      connection.sendDiagnostics({ uri, diagnostics });
    }
  };

  const tooLarge = (settings: CaveatSettings): Diagnostic => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'caveat',
    code: 'caveat.too-large',
    message: `Caveat did not scan this document: it is larger than caveat.maxDocumentKB (${settings.maxDocumentKB} KB). Scan it with the CLI or raise the setting.`,
  });

  /** What a scan could not do in full, at the top of the document (the Problems panel lists it). */
  const noticeDiagnostic = (message: string): Diagnostic => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'caveat',
    code: 'caveat.scan-notice',
    message,
  });

  const validate = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    const language = doc && engineLanguage(doc.languageId);
    if (!doc || !language) return;
    const version = doc.version;
    const raw = await settingsFor(uri);
    if (!raw.enable || !raw.languages.includes(language)) {
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const text = doc.source(); // read a stretch at a time: a megabyte string per keystroke is slow
    const changed = edits.take(uri, text); // now: later edits land after this text
    if (text.length > raw.maxDocumentKB * 1024) {
      connection.sendDiagnostics({ uri, diagnostics: [tooLarge(raw)] });
      return;
    }
    try {
      const settings = await settingsOf(uri);
      const ruleSet = ruleSetFor(settings);
      let scanner = scanners.get(uri);
      if (!scanner) {
        scanner = new IncrementalScanner();
        scanners.set(uri, scanner);
      }
      const report = scanner.scan(text, language, ruleSet.compiled, {}, changed);
      if (documents.get(uri)?.version !== version) return; // a newer edit is on its way
      const findings = adjustFindings(report.findings, settings.adjustments);
      const diagnostics = [...(report.notices ?? []).map(noticeDiagnostic), ...findings.map((f) => findingToDiagnostic(doc, f))];
      states.set(uri, { version, findings, rules: rulesOf(ruleSet), diagnostics, jurisdiction: settings.jurisdiction });
      connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (e) {
      // The server never goes down on a document: report it, keep serving the others.
      connection.console.error(`Caveat could not scan ${uri}: ${(e as Error).stack ?? e}`);
    }
  };

  const scheduler = new ScanScheduler((uri) => void validate(uri));
  const rescanAll = () => {
    settingsCache.clear();
    for (const doc of documents.all()) scheduler.schedule(doc.uri, 0);
  };

  connection.onInitialize((params) => {
    pullsConfiguration = !!params.capabilities.workspace?.configuration;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (workspaceFolders.length === 0 && params.rootUri?.startsWith('file:')) workspaceFolders = [fileURLToPath(params.rootUri)];
    const options = params.initializationOptions as { trusted?: boolean; clientCommands?: unknown } | undefined;
    trusted = options?.trusted !== false;
    const clientCommands = Array.isArray(options?.clientCommands) ? options.clientCommands : [];
    client = {
      acceptsWithPrompt: clientCommands.includes(CLIENT_ACCEPT_COMMAND),
      showsGuidance: clientCommands.includes(CLIENT_GUIDANCE_COMMAND),
      addsPartnersWithPrompt: clientCommands.includes(CLIENT_ADD_PARTNER_COMMAND),
      createsFiles: !!params.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
    };
    showsDocuments = !!params.capabilities.window?.showDocument?.support;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        // Only for clients without their own: vscode-languageclient registers these commands itself.
        ...(client.showsGuidance ? {} : { executeCommandProvider: { commands: [SERVER_GUIDANCE_COMMAND] } }),
      },
      serverInfo: { name: 'caveat', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (pullsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'caveat' });
  });
  connection.onDidChangeConfiguration(rescanAll);
  connection.onNotification('caveat/rescan', rescanAll);
  connection.onNotification('caveat/trust', (p: { trusted: boolean }) => {
    trusted = p.trusted;
    rescanAll();
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !engineLanguage(doc.languageId)) return undefined;
    const state = states.get(doc.uri);
    try {
      return hoverAt(
        doc,
        doc.offsetAt(params.position),
        state?.findings ?? [],
        state?.rules ?? new Map(),
        bundledKnowledge().laws,
        state?.jurisdiction ?? 'EU',
      );
    } catch (e) {
      connection.console.error(`Caveat hover failed: ${(e as Error).message}`);
      return undefined;
    }
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const language = doc && engineLanguage(doc.languageId);
    if (!doc || !language) return [];
    const all = states.get(doc.uri)?.diagnostics ?? [];
    // The list a partner is added to, for clients that get an edit instead of the VS Code command.
    let partnerList: ReturnType<typeof partnerListTarget> | undefined;
    if (!client.addsPartnersWithPrompt && params.context.diagnostics.some((d) => d.source === 'caveat')) {
      const listFile = documentSettings(
        doc.uri,
        await settingsFor(doc.uri),
        trusted,
        configs,
        partnerLists,
        workspaceFolders,
      ).reviewedPartnersFile;
      if (listFile && isAbsolute(listFile)) partnerList = partnerListTarget(listFile, (uri) => documents.get(uri));
    }
    return codeActionsFor(doc, language, params.context.diagnostics, all, bundledKnowledge().clauses, client, partnerList);
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === SERVER_GUIDANCE_COMMAND) await showGuidance(connection, params.arguments?.[0], showsDocuments);
  });

  connection.onRequest('caveat/scanFiles', async (params: { uris: string[] }) => {
    const raw = await settingsFor(params.uris[0] ?? '');
    return scanFilesOnDisk(
      params.uris,
      (uri) => documents.get(uri) !== undefined,
      (uri) => {
        const settings = documentSettings(uri, raw, trusted, configs, partnerLists, workspaceFolders);
        return { compiled: ruleSetFor(settings).compiled, adjust: (findings: Finding[]) => adjustFindings(findings, settings.adjustments) };
      },
      raw.maxDocumentKB * 1024,
      (doc, findings) => connection.sendDiagnostics({ uri: doc.uri, diagnostics: findings.map((f) => findingToDiagnostic(doc, f)) }),
    );
  });

  connection.onRequest('caveat/exportReport', async (params: { uris: string[]; format: 'html' | 'markdown' }) => {
    const raw = await settingsFor(params.uris[0] ?? '');
    const first = documentSettings(params.uris[0] ?? '', raw, trusted, configs, partnerLists, workspaceFolders);
    const ruleSet = ruleSetFor(first);
    const docs: ReportDocument[] = [];
    const errors: { uri: string; message: string }[] = [];
    const onDisk: string[] = [];
    for (const uri of params.uris) {
      const open = documents.get(uri);
      const state = states.get(uri);
      if (open && state && state.version === open.version) docs.push({ uri, text: open.getText(), findings: state.findings });
      else onDisk.push(uri);
    }
    const result = await scanFilesOnDisk(
      onDisk,
      () => false,
      (uri) => {
        const settings = documentSettings(uri, raw, trusted, configs, partnerLists, workspaceFolders);
        return { compiled: ruleSetFor(settings).compiled, adjust: (findings: Finding[]) => adjustFindings(findings, settings.adjustments) };
      },
      raw.maxDocumentKB * 1024,
      (doc, findings) => docs.push({ uri: doc.uri, text: doc.getText(), findings }),
    );
    errors.push(...result.errors);
    return { content: renderReviewReport(docs, ruleSet, params.format, first.jurisdiction, errors, workspaceFolders) };
  });

  connection.onDidChangeWatchedFiles(() => {
    // A .caveat.yaml or a partner list changed: read the configuration again.
    configs = new ConfigResolver();
    rescanAll();
  });

  connection.onRequest('caveat/extractDocx', (params: { uri: string }) => extractDocxText(fileURLToPath(params.uri)));

  documents.onDidChangeContent(async (e) => {
    const settings = await settingsFor(e.document.uri);
    scheduler.schedule(e.document.uri, e.document.version <= 1 ? 0 : settings.debounceMs);
  });
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    settingsCache.delete(e.document.uri);
    states.delete(e.document.uri);
    scanners.delete(e.document.uri);
    edits.forget(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}
