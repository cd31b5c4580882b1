// Runs the CLI in-process with capturing streams, in a temporary working folder, so tests see exactly
// what a user would: stdout, stderr and the exit code.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../../server/src/cli/main';

export class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface CliResult {
  code: number | 'server';
  stdout: string;
  stderr: string;
}

/** Runs `caveat ...args` with the working folder set to `cwd` (restored afterwards). */
export async function runCli(args: string[], cwd?: string): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const previous = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await main(args, stdout, stderr);
    return { code, stdout: stdout.text, stderr: stderr.text };
  } finally {
    process.chdir(previous);
  }
}

/** A temporary folder filled with the given files (text or bytes); removed by the returned cleanup. */
export function workspace(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'caveat-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = join(dir, name);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const RED_PARTNER = 'We will work with the National University of Defense Technology on photon detectors.';
export const QUANTUM = 'Work package 2 develops quantum sensors for inertial navigation.';

/** A rule pack of one's own: `inst.frobnicator` (orange, dual-use-tech) on "frobnicator array". */
export const INSTITUTION_PACK = `pack: inst
version: "1"
title: Institution
rules:
  - id: inst.frobnicator
    category: dual-use-tech
    risk: orange
    title: Frobnicators
    message: Frobnicator arrays need an export check.
    guidance: dual-use
    source: { document: institution policy }
    match: { phrases: ["frobnicator array"] }
    examples: ["a frobnicator array"]
    near_misses: ["a frobnicator"]
`;
