// Entry point that @vscode/test-electron loads inside the extension host: runs every *.test.js beside it.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000, reporter: 'spec' });
  for (const file of fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      // The plain closing line every suite of this project prints.
      console.log(`vscode: ${passes} passed, ${failures} failed`);
      if (failures > 0 || passes === 0) reject(new Error(`${failures} test(s) failed, ${passes} passed`));
      else resolve();
    });
  });
}
