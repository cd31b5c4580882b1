// The Caveat view in the activity bar: findings of the active document and of the workspace, grouped
// by category and risk, with counts and a red/orange/green summary. Built from the diagnostics the
// server published, so it always agrees with the Problems panel.
import * as vscode from 'vscode';

type Scope = 'document' | 'workspace';
const RISKS = [
  { severity: vscode.DiagnosticSeverity.Error, risk: 'red', icon: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')) },
  {
    severity: vscode.DiagnosticSeverity.Warning,
    risk: 'orange',
    icon: new vscode.ThemeIcon('warning', new vscode.ThemeColor('editorWarning.foreground')),
  },
  {
    severity: vscode.DiagnosticSeverity.Information,
    risk: 'green',
    icon: new vscode.ThemeIcon('info', new vscode.ThemeColor('editorInfo.foreground')),
  },
] as const;

interface Entry {
  uri: vscode.Uri;
  diagnostic: vscode.Diagnostic;
  category: string;
}

type Node =
  | { kind: 'scope'; scope: Scope; entries: Entry[] }
  | { kind: 'category'; category: string; entries: Entry[] }
  | { kind: 'finding'; entry: Entry };

function categoryOf(d: vscode.Diagnostic): string {
  const data = (d as vscode.Diagnostic & { data?: { category?: string } }).data;
  return data?.category ?? 'other';
}

/** Accepted findings (with a reason, or a reviewed partner) are hints: listed, but not counted as risks. */
function isAccepted(e: Entry): boolean {
  return e.diagnostic.severity === vscode.DiagnosticSeverity.Hint;
}

/** "5 · 2 red · 2 orange · 1 green", plus "· 3 accepted" when some are. */
function summary(entries: Entry[]): string {
  const open = entries.filter((e) => !isAccepted(e));
  const accepted = entries.length - open.length;
  const risks = RISKS.map((r) => `${open.filter((e) => e.diagnostic.severity === r.severity).length} ${r.risk}`);
  return [String(open.length), ...risks, ...(accepted ? [`${accepted} accepted`] : [])].join(' · ');
}

const ACCEPTED_ICON = new vscode.ThemeIcon('pass');

export class OverviewProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.listeners = [
      vscode.languages.onDidChangeDiagnostics(() => this.changed.fire(undefined)),
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire(undefined)),
    ];
  }

  private entries(scope: Scope): Entry[] {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const out: Entry[] = [];
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
      if (scope === 'document' && uri.toString() !== active) continue;
      for (const d of diagnostics) if (d.source === 'caveat') out.push({ uri, diagnostic: d, category: categoryOf(d) });
    }
    return out.sort((a, b) => (a.diagnostic.severity ?? 0) - (b.diagnostic.severity ?? 0));
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return (['document', 'workspace'] as const).map((scope) => ({ kind: 'scope', scope, entries: this.entries(scope) }));
    }
    if (node.kind === 'scope') {
      const categories = [...new Set(node.entries.map((e) => e.category))].sort();
      return categories.map((category) => ({ kind: 'category', category, entries: node.entries.filter((e) => e.category === category) }));
    }
    if (node.kind === 'category') return node.entries.map((entry) => ({ kind: 'finding', entry }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'scope') {
      const item = new vscode.TreeItem(
        node.scope === 'document' ? 'Active document' : 'Workspace',
        vscode.TreeItemCollapsibleState.Expanded,
      );
      item.description = summary(node.entries);
      item.contextValue = `caveat.scope.${node.scope}`;
      return item;
    }
    if (node.kind === 'category') {
      const item = new vscode.TreeItem(node.category, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = summary(node.entries);
      return item;
    }
    const { uri, diagnostic } = node.entry;
    const risk = RISKS.find((r) => r.severity === diagnostic.severity);
    const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
    const item = new vscode.TreeItem(`${code}`, vscode.TreeItemCollapsibleState.None);
    const where = `${vscode.workspace.asRelativePath(uri)}:${diagnostic.range.start.line + 1}`;
    item.description = risk ? where : `${where} · accepted`;
    item.tooltip = diagnostic.message;
    item.iconPath = risk?.icon ?? ACCEPTED_ICON;
    item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection: diagnostic.range }] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    for (const l of this.listeners) l.dispose();
  }
}
