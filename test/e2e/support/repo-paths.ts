import path from 'node:path';

/** Absolute paths inside the repository that every end-to-end suite uses. */
export const repoRoot = path.resolve(__dirname, '../../..');
export const examplesDir = path.join(repoRoot, 'examples');
export const testResultsDir = path.join(repoRoot, 'test-results');
export const defaultVsixPath = path.join(repoRoot, 'caveat.vsix');
export const cliPath = path.join(repoRoot, 'bin', 'caveat.js');
