// A loaded and compiled rule set on disk, so that a process whose rules have not changed since the
// last one reads neither the packs nor the rules it does not use. With 50,000 names, parsing the
// 31 MB pack and keeping its objects cost half a second and about 130 MB of memory in every process,
// even when the compiled-rules cache spared the compile. A snapshot holds the pack headers, the rule
// ids, the compiled tables (compiled-cache.ts's layout) and each rule's JSON; the rules stay on disk
// behind an open file descriptor and are parsed one by one when a scan or a report first uses them.
//
// Only a clean load is kept (no pack or compile problem): a snapshot has nothing to say about broken
// packs, and the editor needs the parsed packs then (their last good rules). The key is taken from the
// pack files' paths, sizes and modification times, the schema and the engine's format, never from
// their text, which is what a hit must not read. The file holds rule-pack data only, never a draft.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { hashFileStamps, pruneEntries, touchEntry } from './cache-entries';
import { type CompiledRules, compileRegex } from './compile';
import { readCompiledFrom, writeCompiled } from './compiled-cache';
import { lazyRuleList } from './rule-list';
import type { LoadedRules, Rule, RulePack } from './types';
import { schemaFingerprint } from './validate';

/** Bump when the layout, the loader's output or the compiler's output for the same packs changes. */
const FORMAT = 'caveat-rule-set-snapshot/2';
const MAGIC = Buffer.from('CAVEATS1');
/** Snapshots kept per folder, the most recently used: each is one rule set (2 to 50 MB). */
const KEEP_ENTRIES = 4;

interface Section {
  at: number;
  length: number;
}

interface Meta {
  key: string;
  packs: (Omit<RulePack, 'rules'> & { first: number; end: number })[];
  ids: string[];
  /** [rule index, source] of every regular-expression pattern, compiled again on read. */
  patterns: [number, string][];
  compiled: Section;
  /** Uint32 offsets of each rule's JSON in `rules`, plus its end. */
  offsets: Section;
  rules: Section;
}

export interface RuleSetSnapshot {
  loaded: LoadedRules;
  compiled: CompiledRules;
}

/**
 * The key of the rules loaded from `sources` (pack files, in loading order) under `scope` (what else
 * decides the load, e.g. whether bundled packs come first).
 */
export function ruleSetSnapshotKey(sources: string[], scope: string, engineVersion: string): string {
  const hash = createHash('sha1').update(FORMAT).update(`\u0000${schemaFingerprint()}\u0000${engineVersion}\u0000${scope}`);
  hashFileStamps(hash, sources);
  return hash.digest('hex');
}

/** Whether a load can be kept: no problem, and each pack's rules in one run of the rule list. */
function snapshotPacks(loaded: LoadedRules, compiled: CompiledRules): Meta['packs'] | undefined {
  if (loaded.problems.length || compiled.problems.length || compiled.rules.length !== loaded.rules.length) return undefined;
  for (let i = 0; i < loaded.rules.length; i++) if (compiled.rules[i] !== loaded.rules[i]) return undefined;
  const packs: Meta['packs'] = [];
  let at = 0;
  for (const { rules, ...header } of loaded.packs) {
    for (let i = 0; i < rules.length; i++) if (loaded.rules[at + i] !== rules[i]) return undefined;
    packs.push({ ...header, first: at, end: at + rules.length });
    at += rules.length;
  }
  return at === loaded.rules.length ? packs : undefined;
}

/**
 * Writes the snapshot of a clean load (temporary file, then rename); returns a problem when it could
 * not, or undefined. A load with problems is not written and is no problem.
 */
export function writeRuleSetSnapshot(dir: string, key: string, loaded: LoadedRules, compiled: CompiledRules): string | undefined {
  const packs = snapshotPacks(loaded, compiled);
  if (!packs) return undefined;
  const file = join(dir, `${key}.snapshot`);
  try {
    const ruleBytes = loaded.rules.map((r) => Buffer.from(JSON.stringify(r)));
    const offsets = new Uint32Array(ruleBytes.length + 1);
    for (let i = 0; i < ruleBytes.length; i++) offsets[i + 1] = offsets[i] + ruleBytes[i].length;
    const compiledBytes = writeCompiled(compiled, key);
    const patterns: [number, string][] = [];
    loaded.rules.forEach((r, i) => {
      for (const source of r.match.patterns ?? []) patterns.push([i, source]);
    });
    // Sections follow the header, each at an 8-byte boundary counted from the first one (which is
    // itself at the first 8-byte boundary after the header), so typed arrays can view them.
    const sections: Uint8Array[] = [compiledBytes, new Uint8Array(offsets.buffer), Buffer.concat(ruleBytes)];
    const at: number[] = [];
    let pos = 0;
    for (const bytes of sections) {
      pos = align8(pos);
      at.push(pos);
      pos += bytes.byteLength;
    }
    const meta: Meta = {
      key,
      packs,
      ids: loaded.rules.map((r) => r.id),
      patterns,
      compiled: { at: at[0], length: sections[0].byteLength },
      offsets: { at: at[1], length: sections[1].byteLength },
      rules: { at: at[2], length: sections[2].byteLength },
    };
    const header = Buffer.from(JSON.stringify(meta));
    const dataStart = align8(MAGIC.length + 4 + header.length);
    const out = Buffer.alloc(dataStart + pos);
    MAGIC.copy(out, 0);
    out.writeUInt32LE(header.length, MAGIC.length);
    header.copy(out, MAGIC.length + 4);
    for (let k = 0; k < sections.length; k++) out.set(sections[k], dataStart + at[k]);
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temp, out);
    renameSync(temp, file);
    pruneEntries(dir, '.snapshot', KEEP_ENTRIES);
    return undefined;
  } catch (e) {
    return `could not write the rule-set snapshot in ${dir}: ${(e as Error).message}`;
  }
}

/** Closes a snapshot's file once its rule list is garbage. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * Reads the snapshot of `key` from `dir`: undefined when there is none; `problem` when one is there
 * but unusable (it is then ignored, and overwritten by the next clean load).
 */
export function readRuleSetSnapshot(dir: string, key: string): { snapshot?: RuleSetSnapshot; problem?: string } {
  const file = join(dir, `${key}.snapshot`);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { problem: `rule-set snapshot ${file} unreadable: ${(e as Error).message}` };
  }
  try {
    const size = fstatSync(fd).size;
    const read = (at: number, length: number): Buffer => {
      if (at < 0 || length < 0 || at + length > size) throw new Error('truncated');
      // A buffer of its own (byteOffset 0): typed-array views into it stay aligned.
      const bytes = Buffer.from(new ArrayBuffer(length));
      let done = 0;
      while (done < length) {
        const n = readSync(fd, bytes, done, length - done, at + done);
        if (n === 0) throw new Error('truncated');
        done += n;
      }
      return bytes;
    };
    const prefix = read(0, MAGIC.length + 4);
    if (!prefix.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a rule-set snapshot');
    const headerLength = prefix.readUInt32LE(MAGIC.length);
    const meta = JSON.parse(read(MAGIC.length + 4, headerLength).toString('utf8')) as Meta;
    if (meta.key !== key) throw new Error('the snapshot is for other rules');
    const dataStart = align8(MAGIC.length + 4 + headerLength);
    if (dataStart + meta.rules.at + meta.rules.length > size) throw new Error('truncated');
    if (meta.offsets.length !== (meta.ids.length + 1) * 4) throw new Error('rule offsets do not match the rule ids');
    const offsets = new Uint32Array(read(dataStart + meta.offsets.at, meta.offsets.length).buffer);
    const rulesAt = dataStart + meta.rules.at;
    const readRule = (i: number): Rule => {
      try {
        return JSON.parse(read(rulesAt + offsets[i], offsets[i + 1] - offsets[i]).toString('utf8')) as Rule;
      } catch (e) {
        throw new Error(`rule ${meta.ids[i]} could not be read from the rule-set snapshot ${file}: ${(e as Error).message}`);
      }
    };
    const rules = lazyRuleList(meta.ids, readRule);
    const packs: RulePack[] = meta.packs.map(({ first, end, ...header }) => ({
      ...header,
      rules: lazyRuleList(meta.ids.slice(first, end), (i) => rules[first + i]),
    }));
    const regexes = meta.patterns.map(([rule, source]) => ({ re: compileRegex(source), rule }));
    const compiledAt = dataStart + meta.compiled.at;
    const compiled = readCompiledFrom(
      (at, length) => {
        if (at + length > meta.compiled.length) throw new Error('truncated');
        return read(compiledAt + at, length);
      },
      rules,
      key,
      { regexes, problems: [] },
    );
    openFiles.register(rules, fd);
    touchEntry(file);
    return { snapshot: { loaded: { packs, rules, problems: [] }, compiled } };
  } catch (e) {
    closeSync(fd);
    return { problem: `rule-set snapshot ${file} unusable (${(e as Error).message}); loaded afresh` };
  }
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
