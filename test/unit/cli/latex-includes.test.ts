// A multi-file LaTeX proposal is one document: included files are scanned once, as part of their root,
// with their own line numbers and under their own path; include cycles and missing files are handled.
import { strict as assert } from 'node:assert';
import { QUANTUM, RED_PARTNER, runCli, workspace } from './cli-harness';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
}

const norm = (p: string) => p.split('\\').join('/');

describe('caveat scan: LaTeX includes', () => {
  const main = [
    '\\documentclass{article}',
    '\\begin{document}',
    'Introduction first.',
    '\\input{chapters/partners}',
    '% \\input{chapters/commented-out}',
    '\\include{chapters/methods}',
    '\\end{document}',
    '',
  ].join('\n');

  it('reports included files under their own path and line numbers, once each', async () => {
    const ws = workspace({
      'proposal/main.tex': main,
      'proposal/chapters/partners.tex': `Our partners.\n\n${RED_PARTNER}\n`,
      'proposal/chapters/methods.tex': `Methods.\n${QUANTUM}\n`,
    });
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', 'proposal'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      const findings = (JSON.parse(r.stdout) as JsonFinding[]).map((f) => `${norm(f.file)}:${f.line}:${f.ruleId}`);
      assert.ok(
        findings.includes('proposal/chapters/partners.tex:3:partner.national-university-of-defense-technology'),
        findings.join('\n'),
      );
      assert.ok(
        findings.some((f) => f.startsWith('proposal/chapters/methods.tex:2:tech.quantum-sensing')),
        findings.join('\n'),
      );
      // Not scanned a second time as separate documents.
      assert.equal(findings.length, new Set(findings).size);
    } finally {
      ws.cleanup();
    }
  });

  it('does not follow an include cycle forever', async () => {
    const ws = workspace({
      'a.tex': `${QUANTUM}\n\\input{b}\n`,
      'b.tex': `${RED_PARTNER}\n\\input{a}\n`,
    });
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', 'a.tex', 'b.tex'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      const findings = JSON.parse(r.stdout) as JsonFinding[];
      assert.ok(findings.some((f) => norm(f.file) === 'a.tex' && f.line === 1));
      assert.ok(findings.some((f) => norm(f.file) === 'b.tex' && f.line === 1));
      const keys = findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`);
      assert.equal(keys.length, new Set(keys).size, 'a finding was reported twice');
    } finally {
      ws.cleanup();
    }
  });

  it('reports a missing included file and exits 2, still scanning the root', async () => {
    const ws = workspace({ 'main.tex': `${RED_PARTNER}\n\\input{nowhere}\n` });
    try {
      const r = await runCli(['scan', '--format', 'json', 'main.tex'], ws.dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /nowhere: included from main\.tex:2 but not found/);
      assert.ok((JSON.parse(r.stdout) as JsonFinding[]).some((f) => norm(f.file) === 'main.tex'));
    } finally {
      ws.cleanup();
    }
  });
});
