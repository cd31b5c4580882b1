import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { examplesDir } from './repo-paths';

/** A temp folder for one run, removed by dispose(); the examples are copied so quick fixes can edit them. */
export interface TempRun {
  root: string;
  workspace: string;
  dispose(): void;
}

export function createTempRun(prefix: string): TempRun {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `caveat-${prefix}-`));
  const workspace = path.join(root, 'examples');
  if (!fs.existsSync(examplesDir)) throw new Error(`no examples folder at ${examplesDir}`);
  fs.cpSync(examplesDir, workspace, { recursive: true });
  return {
    root,
    workspace,
    dispose: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
