// Compiled rules on disk: compiling 50,000 names takes over a second, reading the result back a few
// tens of milliseconds. An entry is keyed by a hash of everything compilation reads from the rules
// (ids, matching fields, mitigations, files) and of the format, so a changed pack or a new engine
// never reads a stale entry. The file holds rule-pack data only, never text from a draft.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { type AutomatonParts, WordAutomaton } from '../automaton';
import { AsciiRawTable, AsciiWordTable } from '../word-table';
import { type CompiledRules, compilePatterns, compileRules } from './compile';
import type { Rule } from './types';

/** Entries kept in a cache folder: the most recently used; each is one rule set (2 to 25 MB). */
const KEEP_ENTRIES = 6;

/** Bump when the compiled layout or the compiler's output for the same rules changes. */
const FORMAT = 'caveat-compiled-rules/1';

const MAGIC = Buffer.from('CAVEATC1');

type IntArray = Int32Array | Int16Array | Int8Array | Uint8Array;
const ARRAY_TYPES = { Int32Array, Int16Array, Int8Array, Uint8Array } as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;

interface Header {
  key: string;
  stats: CompiledRules['stats'];
  vocabulary: [string, number][];
  patternExact: (string | null)[];
  abbreviations: [string, number[]][];
  morePatterns: [number, number[]][];
  arrays: { name: string; type: ArrayTypeName; length: number }[];
}

export interface CompileCacheOptions {
  /** Folder for cache files; created when missing. */
  dir: string;
  /** The files the rules were loaded from: a change to any of them makes a new entry. */
  sources: string[];
  /** false: read an entry if there is one, never write (scan workers, while the main thread writes). */
  write?: boolean;
}

/** $CAVEAT_CACHE_DIR, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache) under caveat/. */
export function defaultCacheRoot(): string {
  return process.env.CAVEAT_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'caveat');
}

export function defaultCompileCacheDir(): string {
  return join(defaultCacheRoot(), 'compiled-rules');
}

export interface CachedCompile {
  compiled: CompiledRules;
  /** Whether the result was read from the cache, and the problem if the cache could not be used. */
  hit: boolean;
  cacheProblem?: string;
}

/**
 * The cache key of a rule list: the files it was loaded from (path, size, modification time), the
 * rules' ids in order, and the format. Hashing the rules' content instead cost a quarter of a second
 * on 50,000 names, half of what the cache saves.
 */
export function compileKey(rules: Rule[], sources: string[]): string {
  const hash = createHash('sha1').update(FORMAT);
  for (const file of sources) {
    try {
      const st = statSync(file);
      hash.update(`\u0001${file}\u0002${st.size}\u0002${st.mtimeMs}`);
    } catch {
      hash.update(`\u0001${file}\u0002missing`);
    }
  }
  hash.update(`\u0003${rules.length}\u0003`);
  hash.update(rules.map((r) => r.id).join('\n'));
  return hash.digest('hex');
}

/**
 * compileRules with a disk cache. A missing, unreadable or damaged entry is compiled afresh and
 * rewritten; a cache folder that cannot be written only costs the time (cacheProblem says why).
 */
export function compileRulesCached(rules: Rule[], options: CompileCacheOptions): CachedCompile {
  const started = performance.now();
  const key = compileKey(rules, options.sources);
  const file = join(options.dir, `${key}.bin`);
  let problem: string | undefined;
  try {
    const compiled = readCompiled(readFileSync(file), rules, key);
    compiled.stats.compileMs = performance.now() - started;
    touch(file);
    return { compiled, hit: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') problem = `cache entry ${file} unusable (${(e as Error).message}); compiled afresh`;
  }
  const compiled = compileRules(rules);
  if (options.write === false) return { compiled, hit: false, ...(problem ? { cacheProblem: problem } : {}) };
  try {
    mkdirSync(options.dir, { recursive: true });
    // Unique per process and thread: worker threads share a pid.
    const temp = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temp, writeCompiled(compiled, key));
    renameSync(temp, file);
    prune(options.dir);
  } catch (e) {
    problem = `could not write the compiled-rules cache in ${options.dir}: ${(e as Error).message}`;
  }
  return { compiled, hit: false, ...(problem ? { cacheProblem: problem } : {}) };
}

function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // a read-only cache still serves
  }
}

/** Keeps the KEEP_ENTRIES most recently used entries; leftovers of interrupted writes go too. */
function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.bin') || f.endsWith('.tmp'))
    .map((f) => {
      const path = join(dir, f);
      try {
        return { path, used: statSync(path).mtimeMs, temp: f.endsWith('.tmp') };
      } catch {
        return undefined;
      }
    })
    .filter((e) => e !== undefined)
    .sort((a, b) => b.used - a.used);
  const stale = Date.now() - 60_000;
  let kept = 0;
  for (const e of entries) {
    if (e.temp ? e.used < stale : ++kept > KEEP_ENTRIES) rmSync(e.path, { force: true });
  }
}

/** Removes every cache entry in dir (for `--no-cache` style resets and tests). */
export function clearCompileCache(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function arraysOf(compiled: CompiledRules, parts: AutomatonParts): [string, IntArray][] {
  return [
    ['rootNext', parts.rootNext],
    ['edgeNode', parts.edgeNode],
    ['edgeWord', parts.edgeWord],
    ['edgeTarget', parts.edgeTarget],
    ['fail', parts.fail],
    ['ownPattern', parts.ownPattern],
    ['outputLink', parts.outputLink],
    ['patternLength', parts.patternLength],
    ['patternRule', compiled.patternRule],
    ['patternRole', compiled.patternRole],
    ['patternGroup', compiled.patternGroup],
    ['hasOwnContext', compiled.hasOwnContext],
    ['withGroupCount', compiled.withGroupCount],
  ];
}

export function writeCompiled(compiled: CompiledRules, key: string): Buffer {
  const parts = compiled.automaton.parts();
  const arrays = arraysOf(compiled, parts);
  const header: Header = {
    key,
    stats: compiled.stats,
    vocabulary: [...compiled.vocabulary],
    patternExact: compiled.patternExact.map((e) => e ?? null),
    abbreviations: [...compiled.abbreviations],
    morePatterns: parts.morePatterns,
    arrays: arrays.map(([name, a]) => ({ name, type: a.constructor.name as ArrayTypeName, length: a.length })),
  };
  const json = Buffer.from(JSON.stringify(header));
  const chunks: Buffer[] = [MAGIC, uint32(json.length), json];
  let offset = MAGIC.length + 4 + json.length;
  for (const [, a] of arrays) {
    const pad = (4 - (offset % 4)) % 4; // typed arrays need aligned offsets on read
    chunks.push(Buffer.alloc(pad), Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    offset += pad + a.byteLength;
  }
  return Buffer.concat(chunks);
}

/**
 * Restores compiled rules from writeCompiled's bytes. `patterns`: the rules' regular expressions
 * compiled already (a rule-set snapshot keeps their sources, so that its lazy rule list is not walked).
 */
export function readCompiled(
  bytes: Buffer,
  rules: Rule[],
  key: string,
  patterns: Pick<CompiledRules, 'regexes' | 'problems'> = compilePatterns(rules),
): CompiledRules {
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a compiled-rules file');
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  const header = JSON.parse(bytes.toString('utf8', offset, offset + headerLength)) as Header;
  if (header.key !== key) throw new Error('the entry is for other rules');
  offset += headerLength;
  // Each array sits at a 4-byte boundary of the file. A large file read whole has a buffer of its own
  // starting at 0, so views go straight into it; otherwise one copy keeps the alignment.
  let blob: Uint8Array = bytes;
  let base = offset;
  if (bytes.byteOffset % 4 !== 0) {
    base = offset % 4;
    blob = new Uint8Array(base + bytes.length - offset);
    blob.set(bytes.subarray(offset), base);
  }
  let fileAt = offset;
  const arrays = new Map<string, IntArray>();
  for (const { name, type, length } of header.arrays) {
    const Type = ARRAY_TYPES[type];
    fileAt += (4 - (fileAt % 4)) % 4;
    const at = fileAt - offset + base;
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    if (at + byteLength > blob.length) throw new Error('truncated');
    arrays.set(name, new Type(blob.buffer as ArrayBuffer, blob.byteOffset + at, length));
    fileAt += byteLength;
  }
  const get = <T extends IntArray>(name: string) => {
    const a = arrays.get(name);
    if (!a) throw new Error(`missing ${name}`);
    return a as T;
  };
  const automaton = WordAutomaton.restore({
    rootNext: get('rootNext'),
    edgeNode: get('edgeNode'),
    edgeWord: get('edgeWord'),
    edgeTarget: get('edgeTarget'),
    fail: get('fail'),
    ownPattern: get('ownPattern'),
    outputLink: get('outputLink'),
    patternLength: get('patternLength'),
    morePatterns: header.morePatterns,
  });
  const vocabulary = new Map(header.vocabulary);
  const abbreviations = new Map(header.abbreviations);
  return {
    rules,
    automaton,
    vocabulary,
    wordTable: new AsciiWordTable(vocabulary),
    patternRule: get('patternRule'),
    patternRole: get('patternRole'),
    patternGroup: get('patternGroup'),
    patternExact: header.patternExact.map((e) => e ?? undefined),
    abbreviations,
    abbreviationTable: new AsciiRawTable(abbreviations),
    regexes: patterns.regexes,
    hasOwnContext: get('hasOwnContext'),
    withGroupCount: get('withGroupCount'),
    problems: patterns.problems,
    stats: { ...header.stats },
  };
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
