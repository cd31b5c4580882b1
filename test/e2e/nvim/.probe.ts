import { runNvimSession } from './nvim-session';
import { cliPath } from '../support/repo-paths';
runNvimSession('/tmp/nv', [process.execPath, cliPath, 'lsp', '--stdio'], [
  { path: '/tmp/nv/a.md', hovers: [{ line: 4, character: 28 }, { line: 2, character: 22 }], actions: [{ line: 2, character: 22 }] },
  { path: '/tmp/nv/b.txt', hovers: [], actions: [] },
], 10000).then((r) => console.log(JSON.stringify(r, null, 1))).catch((e) => { console.error(e); process.exit(1); });
