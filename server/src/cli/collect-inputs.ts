// Turns the PATHS of `caveat scan` (files, folders and globs) into the list of drafts to read, honouring
// .gitignore/.caveatignore files in walked folders and the include/exclude globs of `.caveat.yaml`.
import { type Dirent, existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ConfigResolver } from '../config/find-config';
import { IgnoreStack } from './ignore-files';
import { describeReadError, draftKindOf } from './input';

/** Folders never walked: tools' and version control's own. Hidden folders are skipped too. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export interface InputProblem {
  file: string;
  message: string;
}

export interface CollectedInputs {
  /** Drafts to scan, in a stable order, each once. */
  files: string[];
  errors: InputProblem[];
}

const GLOB_CHARACTERS = /[*?[\]{}]/;

export function isGlob(path: string): boolean {
  return GLOB_CHARACTERS.test(path) && !existsSync(path);
}

const toPosix = (p: string) => p.split(sep).join('/');

export function collectInputs(paths: string[], configs: ConfigResolver): CollectedInputs {
  const files: string[] = [];
  const seen = new Set<string>();
  const errors: InputProblem[] = [];
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };

  /** A walked file is scanned when its config's include/exclude/languages allow it. */
  const wanted = (file: string): boolean => {
    const { config } = configs.forFile(file);
    const rel = toPosix(relative(config.dir, resolve(file)));
    if (config.exclude?.length && picomatch.isMatch(rel, config.exclude, { dot: true })) return false;
    if (config.include?.length) return picomatch.isMatch(rel, config.include, { dot: true });
    const kind = draftKindOf(file);
    return kind !== undefined && (!config.languages || config.languages.includes(kind));
  };

  const excludedFolder = (dir: string): boolean => {
    const { config } = configs.forDirectory(dir);
    if (!config.exclude?.length) return false;
    const rel = toPosix(relative(config.dir, resolve(dir)));
    return rel !== '' && !rel.startsWith('..') && picomatch.isMatch(rel, config.exclude, { dot: true });
  };

  const walk = (dir: string, ignores: IgnoreStack, onFile: (file: string) => void) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ file: dir, message: `cannot read folder: ${describeReadError(e)}` });
      return;
    }
    const here = ignores.enter(dir);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const full = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(full);
          isDirectory = st.isDirectory();
          isFile = st.isFile();
        } catch {
          errors.push({ file: full, message: 'broken symbolic link' });
          continue;
        }
      }
      if (here.ignores(full, isDirectory)) continue;
      if (isDirectory) {
        if (!excludedFolder(full)) walk(full, here, onFile);
      } else if (isFile) onFile(full);
    }
  };

  for (const p of paths) {
    if (isGlob(p)) {
      const before = files.length;
      expandGlob(
        p,
        (dir, onFile) => walk(dir, IgnoreStack.empty(), onFile),
        (file) => {
          if (wanted(file)) add(file);
        },
      );
      if (files.length === before) errors.push({ file: p, message: 'no drafts match this glob' });
      continue;
    }
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (e) {
      errors.push({ file: p, message: describeReadError(e) });
      continue;
    }
    if (st.isDirectory())
      walk(p, IgnoreStack.empty(), (file) => {
        if (wanted(file)) add(file);
      });
    // A file named on the command line is scanned whatever its extension or config.
    else add(p);
  }
  return { files, errors };
}

/** Walks the fixed leading folders of a glob and keeps the files the whole pattern matches. */
function expandGlob(pattern: string, walkFolder: (dir: string, onFile: (f: string) => void) => void, onMatch: (f: string) => void): void {
  const normalized = toPosix(pattern).replace(/^\.\//, '');
  const segments = normalized.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (GLOB_CHARACTERS.test(segment)) break;
    fixed.push(segment);
  }
  const base = fixed.length ? (fixed.join('/') === '' ? '/' : fixed.join('/')) : '.';
  if (!existsSync(base)) return;
  const matches = picomatch(normalized, { dot: false });
  walkFolder(base, (file) => {
    const candidate = isAbsolute(normalized) ? toPosix(resolve(file)) : toPosix(relative('.', file));
    if (matches(candidate)) onMatch(file);
  });
}
