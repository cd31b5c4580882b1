import fs from 'node:fs';
import path from 'node:path';
import { downloadAndUnzipVSCode, fetchStableVersions } from '@vscode/test-electron/out/download';

/** How this run gets a VS Code build, or why it cannot. */
export type VsCodeAvailability = { kind: 'executable'; path: string } | { kind: 'unavailable'; reason: string };

const probeTimeoutMs = 5_000;

function hasCachedBuild(cachePath: string): boolean {
  return fs.existsSync(cachePath) && fs.readdirSync(cachePath).some((entry) => entry.startsWith('vscode-'));
}

/**
 * VSCODE_EXECUTABLE_PATH wins; else a build already in the cache; else a download, but only after a short
 * probe of the release service says the network is there, so an offline machine is told in seconds.
 */
export async function findVsCode(cachePath: string, extensionPath: string): Promise<VsCodeAvailability> {
  const fromEnvironment = process.env.VSCODE_EXECUTABLE_PATH;
  if (fromEnvironment) {
    if (!fs.existsSync(fromEnvironment)) {
      throw new Error(`VSCODE_EXECUTABLE_PATH points at ${fromEnvironment}, which does not exist`);
    }
    return { kind: 'executable', path: fromEnvironment };
  }
  if (!hasCachedBuild(cachePath)) {
    try {
      await fetchStableVersions(true, probeTimeoutMs);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { kind: 'unavailable', reason: `the VS Code release service did not answer (${reason})` };
    }
  }
  fs.mkdirSync(path.dirname(cachePath), { recursive: true });
  const executable = await downloadAndUnzipVSCode({ cachePath, extensionDevelopmentPath: extensionPath });
  return { kind: 'executable', path: executable };
}
