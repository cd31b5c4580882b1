// One status-bar item: the highest risk Caveat found in the active document, with counts.
import * as vscode from 'vscode';

const LABELS = [
  { severity: vscode.DiagnosticSeverity.Error, risk: 'red', icon: '$(error)' },
  { severity: vscode.DiagnosticSeverity.Warning, risk: 'orange', icon: '$(warning)' },
  { severity: vscode.DiagnosticSeverity.Information, risk: 'green', icon: '$(info)' },
] as const;

export class RiskStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('caveat.risk', vscode.StatusBarAlignment.Left, 50);
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.item.name = 'Caveat risk';
    this.item.command = 'workbench.actions.view.problems';
    this.listeners = [
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !['markdown', 'latex', 'tex', 'plaintext'].includes(editor.document.languageId)) {
      this.item.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'caveat');
    const counts = LABELS.map((l) => ({ ...l, count: diagnostics.filter((d) => d.severity === l.severity).length }));
    const highest = counts.find((c) => c.count > 0);
    const restricted = vscode.workspace.isTrusted ? '' : ' $(shield) restricted';
    const trustNote = vscode.workspace.isTrusted
      ? ''
      : '\nRestricted mode: the workspace is not trusted, so only the bundled rules run (no workspace rule packs or partner lists).';
    if (!highest) {
      this.item.text = `$(shield) Caveat: no risks${restricted}`;
      this.item.tooltip = `Caveat found no research-security risk in this document${trustNote}`;
    } else {
      this.item.text = `${highest.icon} Caveat: ${highest.risk} ${highest.count}${restricted}`;
      this.item.tooltip = `${counts.map((c) => `${c.risk}: ${c.count}`).join(' · ')}${trustNote}`;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const l of this.listeners) l.dispose();
  }
}
