// Loads rule packs from files and folders: parse, validate each rule against the JSON Schema, and
// report every problem with file, line and column. A broken pack or rule never stops the others.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { compileRegex } from './compile';
import { type PrevalidatedPacks, textHash } from './prevalidated';
import { parseWithPositions } from './source-position';
import type { LoadedRules, Rule, RulePack, RuleProblem } from './types';
import { validatePackHeader, validateRule } from './validate';
import type { ValidatedPacks } from './validated-packs';

const PACK_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
/** Rule files larger than this are refused: a pack of 50,000 names is about 10 MB. */
const MAX_PACK_BYTES = 64 * 1024 * 1024;

/**
 * Where JSON.parse failed. Node says "at position N" for some errors; for an unexpected token it
 * quotes the text around it instead, which is found in the text again.
 */
export function jsonErrorOffset(text: string, message: string): number {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.trimEnd().length;
  const quoted = /Unexpected token '([^']+)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (quoted) {
    const context = quoted[3];
    const where = text.indexOf(context);
    if (where >= 0) {
      const inContext = context.indexOf(quoted[1], quoted[2] ? Math.min(10, context.length - 1) : 0);
      return where + Math.max(0, inContext);
    }
  }
  return 0;
}

/** Lists the pack files of a path: the file itself, or the pack files directly inside a folder. */
export function listPackFiles(path: string): string[] {
  const st = statSync(path);
  if (st.isFile()) return [path];
  return readdirSync(path)
    .filter((f) => PACK_EXTENSIONS.has(extname(f)) && !f.startsWith('.'))
    .sort()
    .map((f) => join(path, f));
}

/**
 * Parses and validates a pack. With `validated` (the text validated without a problem before, see
 * validated-packs.ts) the per-rule schema and pattern checks are skipped: the same text gives the same
 * answers.
 */
export function parsePackText(text: string, file: string, validated = false): { pack?: RulePack; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const problem = (line: number, column: number, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ file, line, column, message, severity });

  let value: unknown;
  let positions: ReturnType<typeof parseWithPositions> | undefined;
  const located = () => {
    positions ??= parseWithPositions(text);
    return positions;
  };
  if (file.endsWith('.json')) {
    // Fast path for large generated packs; positions are only computed when something is wrong.
    try {
      value = JSON.parse(text);
    } catch (e) {
      const offset = jsonErrorOffset(text, (e as Error).message);
      const before = text.slice(0, offset).split('\n');
      problem(before.length, before[before.length - 1].length + 1, `invalid JSON: ${(e as Error).message.split('\n')[0]}`);
      return { problems };
    }
  } else {
    const parsed = located();
    for (const e of parsed.syntaxErrors) problem(e.line, e.column, `YAML syntax error: ${e.message}`);
    if (parsed.syntaxErrors.length) return { problems };
    value = parsed.value;
  }

  const headerErrors = validatePackHeader(value);
  if (headerErrors.length) {
    for (const e of headerErrors) {
      const pos = located().positionOf(e.path);
      problem(pos.line, pos.column, e.message);
    }
    return { problems };
  }
  const raw = value as RulePack;
  const rules: Rule[] = [];
  // The parsed rules are this call's own objects: they are labelled in place (a copy of each cost a
  // sixth of the load of 50,000 rules).
  const label = (rule: Rule) => {
    rule.pack = raw.pack;
    rule.file = file;
    return rule;
  };
  if (validated) return { pack: { ...raw, rules: raw.rules.map(label), file }, problems };
  raw.rules.forEach((rule, index) => {
    const errors = validateRule(rule);
    if (errors.length) {
      const id = typeof (rule as { id?: unknown })?.id === 'string' ? ` ${(rule as { id: string }).id}` : '';
      for (const e of errors) {
        const pos = located().positionOf(['rules', index, ...e.path]);
        problem(pos.line, pos.column, `rule${id}: ${e.message.replace(/^pack /, '')} (rule skipped)`);
      }
      return;
    }
    // Regular expressions must run on RE2 (linear time): a pattern it refuses skips the rule, here,
    // where the pattern's line is known.
    const refused = (rule.match.patterns ?? []).flatMap((source, k) => {
      try {
        compileRegex(source);
        return [];
      } catch (e) {
        return [{ k, message: (e as Error).message }];
      }
    });
    if (refused.length) {
      for (const r of refused) {
        const pos = located().positionOf(['rules', index, 'match', 'patterns', r.k]);
        problem(
          pos.line,
          pos.column,
          `rule ${rule.id}: pattern rejected (RE2 runs only linear-time patterns: no backreferences or look-around): ${r.message} (rule skipped)`,
        );
      }
      return;
    }
    rules.push(label(rule));
  });
  return { pack: { ...raw, rules, file }, problems };
}

export interface LoadOptions {
  /** Remembers workspace packs that validated cleanly, so the same text is not validated again. */
  validated?: ValidatedPacks;
}

/**
 * Loads every pack under the given files or folders. Later duplicates of a rule id are skipped. A pack
 * whose text is in `prevalidated` (validated at build time) is taken from there.
 */
export function loadRulePacks(paths: string[], prevalidated?: PrevalidatedPacks, options: LoadOptions = {}): LoadedRules {
  const packs: RulePack[] = [];
  const problems: RuleProblem[] = [];
  const seen = new Map<string, string>();
  const rules: Rule[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = listPackFiles(path);
    } catch (e) {
      problems.push({ file: path, line: 1, column: 1, message: `cannot read rule path: ${(e as Error).message}`, severity: 'error' });
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        if (statSync(file).size > MAX_PACK_BYTES) throw new Error(`larger than ${MAX_PACK_BYTES / 1024 / 1024} MB`);
        text = readFileSync(file, 'utf8');
      } catch (e) {
        problems.push({ file, line: 1, column: 1, message: `cannot read rule file: ${(e as Error).message}`, severity: 'error' });
        continue;
      }
      const hash = prevalidated || options.validated ? textHash(text) : '';
      const known = prevalidated?.get(hash);
      const clean = !known && options.validated?.has(hash);
      const { pack, problems: packProblems } = known
        ? { pack: { ...known, file, rules: known.rules.map((r) => ({ ...r, file })) }, problems: [] }
        : parsePackText(text, file, clean);
      if (!known && !clean && pack && packProblems.length === 0) options.validated?.remember(hash);
      problems.push(...packProblems);
      if (!pack) continue;
      packs.push(pack);
      for (const rule of pack.rules) {
        const first = seen.get(rule.id);
        if (first) {
          problems.push({
            file,
            line: 1,
            column: 1,
            message: `duplicate rule id ${rule.id} (first in ${first}); skipped`,
            severity: 'error',
          });
          continue;
        }
        seen.set(rule.id, file);
        rules.push(rule);
      }
    }
  }
  return { packs, rules, problems };
}
