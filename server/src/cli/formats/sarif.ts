// --format sarif: SARIF 2.1.0 for GitHub code scanning and other viewers. File URIs are relative to
// %SRCROOT% (the working folder) so GitHub maps them onto the repository; rules carry the message,
// guidance and laws as help; partialFingerprints keep a finding's identity when lines move.
import { pathToFileURL } from 'node:url';
import type { Rule } from '../../engine';
import { lawLabel, orderLaws } from '../../engine';
import { fingerprintFindings, portablePath } from '../fingerprints';
import { guidancePage } from '../guidance-pages';
import type { ReportFinding } from '../report';
import type { ScanRun } from '../scan-run';
import { lineWord } from './review-items';

const LEVEL = { red: 'error', orange: 'warning', green: 'note' } as const;
/** GitHub code scanning ranks security alerts by this score (critical ≥ 9, high ≥ 7, medium ≥ 4). */
const SECURITY_SEVERITY = { red: '8.0', orange: '5.0', green: '2.0' } as const;
const SRCROOT = '%SRCROOT%';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: Record<string, unknown>;
}

function ruleName(id: string): string {
  // SARIF names are identifiers: 'tech.quantum-sensing' → 'TechQuantumSensing'.
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function describeRule(id: string, rule: Rule | undefined, sample: ReportFinding, run: ScanRun): SarifRule {
  const title = rule?.title ?? (sample.category === 'directive' ? 'Caveat directive without a reason' : id);
  const message = rule?.message ?? sample.message;
  const guidance = guidancePage(rule?.guidance ?? sample.guidance);
  const laws = orderLaws(rule?.laws ?? sample.laws, run.jurisdiction);
  const risk = rule?.risk ?? sample.risk;
  const source = rule ? `${rule.source.document}${rule.source.section ? `, ${rule.source.section}` : ''}` : undefined;
  const textParts = [message];
  const markdownParts = [`**${title}** (${rule?.category ?? sample.category}, ${risk})`, '', message];
  if (guidance.summary) {
    textParts.push(`Guidance: ${guidance.summary}`);
    markdownParts.push('', `**Guidance** (${guidance.path}): ${guidance.summary}`);
  } else if (guidance.id) {
    textParts.push(`Guidance: ${guidance.path}`);
    markdownParts.push('', `**Guidance**: ${guidance.path}`);
  }
  if (laws.length) {
    textParts.push(`Laws: ${laws.map(lawLabel).join('; ')}`);
    markdownParts.push('', '**Laws concerned**', '', ...laws.map((l) => `- ${lawLabel(l)}`));
  }
  if (source) {
    textParts.push(`Source: ${source}`);
    markdownParts.push('', `**Source**: ${source}`);
  }
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: title },
    fullDescription: { text: message },
    help: { text: textParts.join('\n\n'), markdown: markdownParts.join('\n') },
    defaultConfiguration: { level: LEVEL[risk] },
    properties: {
      category: rule?.category ?? sample.category,
      risk,
      tags: ['security', 'research-security', rule?.category ?? sample.category, ...(rule?.tags ?? [])].filter(
        (t, i, all) => all.indexOf(t) === i,
      ),
      'security-severity': SECURITY_SEVERITY[risk],
      ...(rule?.pack ? { pack: rule.pack } : {}),
      guidance: guidance.path,
      laws,
    },
  };
}

function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  const rel = portablePath(file);
  if (rel.startsWith('../') || rel === '..' || /^[A-Za-z]:/.test(rel) || rel.startsWith('/')) return { uri: pathToFileURL(file).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function formatSarif(run: ScanRun): string {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: unknown[] = [];
  for (const report of run.reports) {
    if (report.error) continue;
    const shown = run.showAccepted ? [...report.findings, ...report.accepted] : report.findings;
    const unit = lineWord(report.note);
    // Same identities as the baseline: accepted findings are counted apart from open ones.
    const prints = new Map([...fingerprintFindings(report.findings), ...fingerprintFindings(report.accepted)]);
    for (const f of shown) {
      let index = ruleIndex.get(f.ruleId);
      if (index === undefined) {
        index = rules.length;
        rules.push(describeRule(f.ruleId, run.rules.get(f.ruleId), f, run));
        ruleIndex.set(f.ruleId, index);
      }
      const mitigation = f.mitigation ? ` (mitigated: ${f.mitigation.text}; ${f.mitigation.originalRisk} before)` : '';
      results.push({
        ruleId: f.ruleId,
        ruleIndex: index,
        level: LEVEL[f.risk],
        message: { text: `${f.message}${mitigation}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactUri(f.file),
              region: {
                startLine: f.line,
                startColumn: f.column,
                endLine: f.endLine,
                endColumn: Math.max(1, f.endColumn),
                snippet: { text: f.text },
              },
            },
          },
        ],
        partialFingerprints: { 'caveatFindingHash/v1': prints.get(f) ?? '' },
        properties: {
          category: f.category,
          risk: f.risk,
          laws: f.laws,
          guidance: f.guidance,
          // Word and PDF drafts count lines as paragraphs or pages: say so to the viewer.
          ...(unit !== 'line' ? { lineUnit: unit } : {}),
        },
        ...(f.accepted ? { suppressions: [{ kind: 'inSource', justification: f.accepted.reason }] } : {}),
      });
    }
  }
  const notifications = run.reports
    .filter((r) => r.error)
    .map((r) => ({
      level: 'error',
      message: { text: `${r.file}: ${r.error}` },
      locations: [{ physicalLocation: { artifactLocation: artifactUri(r.file) } }],
    }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Caveat',
            fullName: 'Caveat research-security linter',
            version: run.toolVersion,
            semanticVersion: run.toolVersion,
            rules,
          },
          ...(run.packs.length ? { extensions: run.packs.map((p) => ({ name: p.pack, version: p.version, fullName: p.title })) } : {}),
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            endTimeUtc: run.date.toISOString(),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${process.cwd()}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
