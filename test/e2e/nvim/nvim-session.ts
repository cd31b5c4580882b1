import fs from 'node:fs';
import path from 'node:path';
import { startProcess, waitForExit } from '../support/child-processes';
import type { TextPosition } from '../support/document-positions';
import { nvimPath } from '../support/toolchain-paths';

export interface NvimFileRequest {
  path: string;
  hovers: TextPosition[];
  actions: TextPosition[];
  /**
   * In order: apply the edit of the code action at `position` whose title contains `title_contains` and,
   * when `rule_id` is given, that is about a diagnostic of that rule (a line can hold several findings).
   */
  applies: { position: TextPosition; title_contains: string; rule_id?: string }[];
  /** After the applies: run "open the guidance" on the first diagnostic of this rule. */
  guidance_rule?: string;
  /** Then apply "add to the reviewed partners" on the first diagnostic of this rule and write the list. */
  partner_rule?: string;
}

/** "Open the guidance": the server command run, what the server asked the editor, the page opened. */
export interface NvimGuidanceResult {
  rule_id: string;
  title: string | null;
  command: string | null;
  error: string | null;
  /** window/showMessage texts received after the command. */
  messages: string[];
  /** window/showDocument URIs received after the command (Neovim 0.7 does not announce support). */
  shown: string[];
  /** The buffer opened on the page the server named, and its first line. */
  page: string | null;
  page_first_line: string | null;
}

/** "Add to the reviewed partners": the list buffer after the edit, written to disk. */
export interface NvimPartnerResult {
  rule_id: string;
  title: string | null;
  list: string | null;
  list_text: string | null;
  written: boolean;
}

/** What one applied code action left in the buffer. */
export interface NvimAppliedAction {
  title_contains: string;
  title: string | null;
  text_after: string | null;
  /** Whether the server published diagnostics again after the edit. */
  rescanned: boolean;
  diagnostics_after: NvimDiagnostic[];
}

export interface NvimDiagnostic {
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  /** vim.diagnostic.severity: 1 error, 2 warning, 3 information, 4 hint. */
  severity: number;
  source: string | null;
  code: string | number | null;
  message: string;
}

export interface NvimFileResult {
  path: string;
  filetype: string;
  wait_ms: number;
  timed_out: boolean;
  diagnostics: NvimDiagnostic[];
  hovers: { position: TextPosition; text: string | null }[];
  actions: { position: TextPosition; titles: string[] }[];
  /** One entry per requested apply, in order (empty when the server offers no code actions). */
  applied: NvimAppliedAction[];
  guidance?: NvimGuidanceResult;
  partner?: NvimPartnerResult;
}

export interface NvimSessionResult {
  files: NvimFileResult[];
  server_exited: number | null;
  notes: string[];
  capabilities: { hover: boolean; code_action: boolean };
  error?: string;
}

const clientScript = path.join(__dirname, 'caveat-client.lua');

/** Runs caveat-client.lua in a headless Neovim against the given server command. */
export async function runNvimSession(
  workDir: string,
  serverCommand: string[],
  files: NvimFileRequest[],
  timeoutMs: number,
): Promise<NvimSessionResult> {
  const requestFile = path.join(workDir, 'nvim-request.json');
  const resultFile = path.join(workDir, 'nvim-result.json');
  fs.writeFileSync(requestFile, JSON.stringify({ cmd: serverCommand, root: workDir, timeout_ms: timeoutMs, files }));
  const child = startProcess(nvimPath, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${clientScript}`], {
    cwd: workDir,
    env: { ...process.env, CAVEAT_NVIM_REQUEST: requestFile, CAVEAT_NVIM_RESULT: resultFile },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const overall = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), timeoutMs * (files.length + 2));
  const code = await waitForExit(child).finally(() => clearTimeout(overall));
  if (!fs.existsSync(resultFile)) {
    throw new Error(`nvim exited with ${code} and wrote no result; output:\n${output.slice(-2000)}`);
  }
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as NvimSessionResult;
  if (result.error) throw new Error(`caveat-client.lua failed: ${result.error}`);
  return result;
}
