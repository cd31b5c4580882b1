import fs from 'node:fs';
import path from 'node:path';

/**
 * User settings for the test profile: nothing may cover the editor, the Problems panel or the status bar
 * (no chat view, no secondary side bar, no welcome page, no trust prompt, no update or tips popups).
 */
const testUserSettings = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'chat.agent.enabled': false,
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'extensions.ignoreRecommendations': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'files.autoSave': 'off',
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

export function writeTestUserSettings(userDataDir: string): void {
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify(testUserSettings, null, 2)}\n`);
}
