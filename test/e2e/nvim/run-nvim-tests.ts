// `npm run test:nvim`: Neovim's built-in LSP client drives `node bin/caveat.js lsp --stdio` on the examples.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseReviewedPartners } from '../../../server/src/config/reviewed-partners';
import { directiveLine } from '../../../server/src/lsp/directive-text';
import { reviewedPartnerAddition } from '../../../server/src/lsp/reviewed-partner-entry';
import { installCleanupHandlers, stopAllProcesses } from '../support/child-processes';
import { scanWithCli } from '../support/cli-findings';
import { findPhrase, spanCoversLine } from '../support/document-positions';
import { type ExampleExpectation, exampleExpectations, findingCardText } from '../support/example-expectations';
import { buildExtension } from '../support/extension-build';
import { cliPath } from '../support/repo-paths';
import { createTempRun } from '../support/temp-workspace';
import { TestTally } from '../support/test-tally';
import { assertNvim } from '../support/toolchain-paths';
import { type NvimFileRequest, type NvimFileResult, type NvimSessionResult, runNvimSession } from './nvim-session';

const severityNumber = { error: 1, warning: 2, information: 3 } as const;
const requestTimeoutMs = 20_000;

function findingPhrase(example: ExampleExpectation, ruleId: string): string {
  const finding = example.findings.find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`${example.file}: the quick fix's rule ${ruleId} is not among its findings`);
  return finding.phrase;
}

/** The server's title for accepting a finding in a client without `caveat.acceptFinding`. */
const acceptTitle = 'accept this finding with a reason';

/**
 * Hovers: [first expected finding, law word if any]; code actions: at the quick fix's finding; applied
 * in order: accepting the quick fix's finding (a directive line above it), then the mitigation clause
 * (its position moved down by the directive line when it lies below it).
 */
function fileRequest(workspace: string, example: ExampleExpectation): NvimFileRequest {
  const file = path.join(workspace, example.file);
  const text = fs.readFileSync(file, 'utf8');
  const inside = (phrase: string) => {
    const { start } = findPhrase(text, phrase);
    return { line: start.line, character: start.character + 1 };
  };
  const accepted = inside(findingPhrase(example, example.quickFix.ruleId));
  const clause = inside(findingPhrase(example, example.editFix.ruleId));
  if (clause.line >= accepted.line) clause.line += 1;
  return {
    path: file,
    hovers: [inside(example.findings[0].phrase), ...(example.lawHover ? [inside(example.lawHover.word)] : [])],
    actions: [accepted],
    applies: [
      { position: accepted, title_contains: acceptTitle, rule_id: example.quickFix.ruleId },
      { position: clause, title_contains: example.editFix.titleContains },
    ],
    // Not the accepted finding: accepted findings offer no actions.
    guidance_rule: example.findings.find((f) => f.ruleId !== example.quickFix.ruleId)?.ruleId,
    partner_rule: partnerRule(example),
  };
}

/** The first expected finding that names a partner (category military-linked-partner). */
function partnerRule(example: ExampleExpectation): string | undefined {
  return example.findings.find((f) => f.ruleId.startsWith('partner.'))?.ruleId;
}

/**
 * "Open the guidance" runs the server's command (caveat.server.showGuidance; caveat.showGuidance is the
 * VS Code client's): Neovim 0.7 does not announce window/showDocument, so the server names the page in
 * a message, and the page it names opens in a buffer.
 */
async function checkGuidance(tally: TestTally, name: string, result: NvimFileResult) {
  const guidance = result.guidance;
  if (!guidance) return;
  await tally.check(`${name}: "open the guidance" at ${guidance.rule_id} runs the server command and its page opens`, () => {
    assert.equal(guidance.command, 'caveat.server.showGuidance', `the action's command (title ${guidance.title})`);
    assert.equal(guidance.error, null, 'workspace/executeCommand failed');
    assert.ok(guidance.page, `no page named; messages: ${JSON.stringify(guidance.messages)}, shown: ${JSON.stringify(guidance.shown)}`);
    assert.match(guidance.page, /[/\\]rules[/\\]guidance[/\\][a-z0-9-]+\.md$/);
    const firstLine = fs.readFileSync(guidance.page, 'utf8').split('\n')[0];
    assert.ok(firstLine.trim(), 'the page has a first line');
    assert.equal(guidance.page_first_line, firstLine, 'the buffer shows the page');
  });
}

/**
 * "Add to the reviewed partners" is an edit of the workspace's list in Neovim (the VS Code client runs
 * caveat.addReviewedPartner, which asks for a note): the entry lands in the list buffer with the note
 * left empty, and the list written to disk reads back with the partner.
 */
async function checkPartner(tally: TestTally, name: string, result: NvimFileResult, listsSoFar: Set<string>) {
  const partner = result.partner;
  if (!partner) return;
  await tally.check(`${name}: "add to the reviewed partners" at ${partner.rule_id} adds it to the list file`, () => {
    assert.ok(partner.title, 'no code action with an edit whose title contains "to the reviewed partners"');
    assert.match(partner.title, /\(type the note into the list\)$/);
    assert.ok(partner.list && partner.list_text !== null && partner.written, `the list was not edited: ${JSON.stringify(partner)}`);
    const partnerName = /“(.+)”/.exec(partner.title)?.[1] ?? '';
    const entry = reviewedPartnerAddition(partner.list, '', { name: partnerName, ruleId: partner.rule_id, note: '' });
    assert.ok(`${partner.list_text}\n`.includes(entry), `the entry ${JSON.stringify(entry)} in ${JSON.stringify(partner.list_text)}`);
    assert.ok(!listsSoFar.has(partnerName), `${partnerName} listed twice`);
    listsSoFar.add(partnerName);
    const written = parseReviewedPartners(partner.list_text, partner.list);
    assert.deepEqual(written.problems, []);
    assert.deepEqual(
      written.partners.map((p) => p.name),
      [...listsSoFar],
      'the list written holds every partner added so far, in order',
    );
  });
}

/** After the session: the list on disk holds every partner added, each dated today. */
async function checkPartnerListOnDisk(tally: TestTally, session: NvimSessionResult, added: Set<string>) {
  const list = session.files.find((f) => f.partner?.list)?.partner?.list;
  if (!list) return;
  await tally.check(`the reviewed-partner list written by Neovim reads back with ${added.size} partners`, () => {
    const { partners, problems } = parseReviewedPartners(fs.readFileSync(list, 'utf8'), list);
    assert.deepEqual(problems, []);
    const today = new Date().toISOString().slice(0, 10);
    assert.deepEqual(
      partners.map((p) => [p.name, p.date, p.note]),
      [...added].map((name) => [name, today, '']),
    );
  });
}

function ruleIdOf(diagnostic: { code: string | number | null }): string {
  return String(diagnostic.code ?? '');
}

async function checkExample(
  tally: TestTally,
  example: ExampleExpectation,
  result: NvimFileResult,
  session: NvimSessionResult,
): Promise<void> {
  const noHover = session.capabilities.hover
    ? `no hover (notes: ${JSON.stringify(session.notes)})`
    : 'the server does not offer textDocument/hover';
  const noActions = session.capabilities.code_action ? 'none' : 'the server does not offer textDocument/codeAction';
  const text = fs.readFileSync(result.path, 'utf8');
  const name = `${example.file} (filetype ${result.filetype})`;
  await tally.check(`${name}: diagnostics arrive, all from source caveat`, () => {
    assert.ok(
      !result.timed_out,
      `no diagnostics within ${requestTimeoutMs} ms for languageId "${result.filetype}" (Neovim sends the filetype)`,
    );
    assert.ok(result.diagnostics.length > 0, 'no diagnostics');
    for (const d of result.diagnostics) assert.equal(d.source, 'caveat', `source of ${JSON.stringify(d)}`);
  });
  await tally.check(`${name}: expected rule ids on the expected lines with their severities`, () => {
    for (const expected of example.findings) {
      const span = findPhrase(text, expected.phrase);
      const match = result.diagnostics.find((d) => ruleIdOf(d) === expected.ruleId && spanCoversLine(span, d.line));
      const seen = result.diagnostics.map((d) => `${ruleIdOf(d)}@${d.line + 1}`).join(', ');
      assert.ok(match, `${expected.ruleId} at line ${span.start.line + 1} missing; seen: ${seen}`);
      assert.equal(match.severity, severityNumber[expected.severity], `severity of ${expected.ruleId}`);
    }
  });
  await tally.check(`${name}: the same findings as \`caveat scan --format json --show-accepted\``, () => {
    const key = (ruleId: string, line: number) => `${ruleId}@${line}`;
    const fromCli = scanWithCli(result.path, { showAccepted: true })
      .map((f) => key(f.ruleId, f.line))
      .sort();
    const fromEditor = result.diagnostics.map((d) => key(ruleIdOf(d), d.line + 1)).sort();
    assert.deepEqual(fromEditor, fromCli);
  });
  await tally.check(`${name}: hover on a finding names its rule`, () => {
    const hover = result.hovers[0];
    assert.ok(hover?.text, noHover);
    assert.ok(hover.text.includes(example.findings[0].ruleId), hover.text);
    assert.match(hover.text, findingCardText);
  });
  const { lawHover } = example;
  if (lawHover) {
    await tally.check(`${name}: hover on "${lawHover.word}" shows its law card`, () => {
      const hover = result.hovers[1];
      assert.ok(hover?.text, noHover);
      assert.match(hover.text, lawHover.cardText);
    });
  }
  await tally.check(`${name}: code actions at ${example.quickFix.ruleId} offer the quick fix`, () => {
    const titles = result.actions[0]?.titles ?? [];
    const offered = titles.length > 0 ? JSON.stringify(titles) : noActions;
    assert.ok(
      titles.some((t) => example.quickFix.title.test(t)),
      `no action matching ${example.quickFix.title}; offered: ${offered}`,
    );
  });
}

/** Zero-based first and last line of the paragraph where `pattern` matches. */
function paragraphLines(text: string, pattern: RegExp): { first: number; last: number } {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => pattern.test(line));
  assert.ok(first >= 0, `no line matches ${pattern}`);
  let last = first;
  while (last + 1 < lines.length && lines[last + 1].trim() !== '') last += 1;
  return { first, last };
}

/**
 * The accept quick fix, which in VS Code runs the client command that asks for the reason, is an edit in
 * Neovim: the format's directive with an empty reason above the finding, which the server then reports
 * (caveat.directive-without-reason) until the user types a reason, while the finding turns into a hint.
 */
async function checkAcceptFallback(tally: TestTally, name: string, example: ExampleExpectation, result: NvimFileResult) {
  const { ruleId } = example.quickFix;
  await tally.check(`${name}: "${acceptTitle}" at ${ruleId} writes the directive for the reason to be typed into`, () => {
    const applied = result.applied.find((a) => a.title_contains === acceptTitle);
    assert.ok(applied?.title, `no code action with an edit whose title contains "${acceptTitle}"`);
    assert.ok(applied.text_after !== null);
    const original = fs.readFileSync(result.path, 'utf8');
    const line = findPhrase(original, findingPhrase(example, ruleId)).start.line;
    const indent = /^[ \t]*/.exec(original.split('\n')[line])?.[0] ?? '';
    const expected = directiveLine(result.filetype, ruleId, '', indent).trimEnd();
    assert.equal(applied.text_after.split('\n')[line], expected, 'the line above the finding');
    assert.ok(applied.rescanned, 'the server published no diagnostics after the edit');
    const onDirective = applied.diagnostics_after.filter((d) => d.line === line).map(ruleIdOf);
    assert.ok(onDirective.includes('caveat.directive-without-reason'), `diagnostics on the directive: ${onDirective.join(', ')}`);
    const finding = applied.diagnostics_after.find((d) => ruleIdOf(d) === ruleId && d.line === line + 1);
    assert.equal(finding?.severity, 4, `${ruleId} below the directive is shown as accepted (a hint)`);
  });
}

async function checkEditFix(tally: TestTally, name: string, example: ExampleExpectation, result: NvimFileResult) {
  const { ruleId, titleContains, textAfter } = example.editFix;
  await tally.check(`${name}: applying "${titleContains}" at ${ruleId} edits the buffer`, () => {
    const applied = result.applied.find((a) => a.title_contains === titleContains);
    assert.ok(applied?.title, `no code action with an edit whose title contains "${titleContains}"`);
    assert.ok(applied.text_after !== null);
    assert.match(applied.text_after, textAfter);
  });
  await tally.check(`${name}: the inserted clause raises no finding of its own`, () => {
    const applied = result.applied.find((a) => a.title_contains === titleContains);
    assert.ok(applied?.text_after, 'no clause was inserted');
    assert.ok(applied.rescanned, 'the server published no diagnostics after the edit');
    const clause = paragraphLines(applied.text_after, textAfter);
    const inClause = applied.diagnostics_after.filter((d) => d.line >= clause.first && d.line <= clause.last);
    const listed = inClause.map((d) => `${ruleIdOf(d)}@${d.line + 1}:${d.column + 1}`).join(', ');
    assert.equal(inClause.length, 0, `findings inside the clause (lines ${clause.first + 1}-${clause.last + 1}): ${listed}`);
  });
}

async function main(): Promise<number> {
  const tally = new TestTally('nvim');
  const run = createTempRun('nvim');
  const started = Date.now();
  try {
    console.log(`using ${assertNvim()}`);
    buildExtension();
    assert.ok(exampleExpectations.length > 0, 'test/e2e/support/example-expectations.ts lists no example');
    const requests = exampleExpectations.map((example) => fileRequest(run.workspace, example));
    const session = await runNvimSession(run.root, [process.execPath, cliPath, 'lsp', '--stdio'], requests, requestTimeoutMs);
    await tally.check('the language server stays up for the whole session', () => {
      assert.equal(session.server_exited, null, `the server exited with ${session.server_exited}`);
      assert.equal(session.files.length, exampleExpectations.length);
    });
    const partnersAdded = new Set<string>();
    for (const [index, example] of exampleExpectations.entries()) {
      const result = session.files[index];
      if (!result) continue;
      const name = `${example.file} (filetype ${result.filetype})`;
      await checkExample(tally, example, result, session);
      await checkAcceptFallback(tally, name, example, result);
      await checkEditFix(tally, name, example, result);
      await checkGuidance(tally, name, result);
      await checkPartner(tally, name, result, partnersAdded);
    }
    await checkPartnerListOnDisk(tally, session, partnersAdded);
  } catch (error) {
    tally.recordFailure('nvim session', error);
  } finally {
    await stopAllProcesses();
    run.dispose();
  }
  console.log(`nvim suite took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return tally.finish();
}

installCleanupHandlers(stopAllProcesses);
main().then((code) => process.exit(code));
