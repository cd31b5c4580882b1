// `.gitignore` and `.caveatignore` rules found in the folders a scan walks: each file's rules apply to
// the paths below its own folder, as git applies them.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE_NAMES = ['.gitignore', '.caveatignore'];

interface IgnoreLevel {
  dir: string;
  rules: Ignore;
}

export class IgnoreStack {
  private constructor(private readonly levels: readonly IgnoreLevel[]) {}

  static empty(): IgnoreStack {
    return new IgnoreStack([]);
  }

  /** The stack for a sub-folder: this one plus the ignore files found in `dir`, if any. */
  enter(dir: string): IgnoreStack {
    let rules: Ignore | undefined;
    for (const name of IGNORE_FILE_NAMES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      try {
        rules ??= ignore();
        rules.add(readFileSync(file, 'utf8'));
      } catch {
        // An unreadable ignore file ignores nothing; the walk goes on.
      }
    }
    return rules ? new IgnoreStack([...this.levels, { dir, rules }]) : this;
  }

  ignores(path: string, isDirectory: boolean): boolean {
    for (const level of this.levels) {
      const rel = relative(level.dir, path).split(sep).join('/');
      if (!rel || rel.startsWith('..')) continue;
      if (level.rules.ignores(isDirectory ? `${rel}/` : rel)) return true;
    }
    return false;
  }
}
