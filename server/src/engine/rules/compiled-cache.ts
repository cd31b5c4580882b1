// Compiled rules on disk: compiling 50,000 names takes over a second, reading the result back a few
// tens of milliseconds. An entry is keyed by a hash of everything compilation reads from the rules
// (ids, matching fields, mitigations, files) and of the format, so a changed pack or a new engine
// never reads a stale entry. The file holds rule-pack data only, never text from a draft.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import zlib from 'node:zlib';
import { type AutomatonParts, WordAutomaton } from '../automaton';
import { AsciiRawTable, AsciiWordTable } from '../word-table';
import { hashFileStamps, pruneEntries, touchEntry } from './cache-entries';
import { type CompiledRules, compilePatterns, compileRules } from './compile';
import { packExactWords, unpackExactWords } from './exact-words';
import type { Rule } from './types';

/** Entries kept in a cache folder: the most recently used; each is one rule set (2 to 25 MB). */
const KEEP_ENTRIES = 6;

/** Bump when the compiled layout or the compiler's output for the same rules changes. */
const FORMAT = 'caveat-compiled-rules/3';

const MAGIC = Buffer.from('CAVEATC1');

type IntArray = Int32Array | Int16Array | Int8Array | Uint8Array;
const ARRAY_TYPES = { Int32Array, Int16Array, Int8Array, Uint8Array } as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;

interface Header {
  key: string;
  stats: CompiledRules['stats'];
  vocabulary: [string, number][];
  abbreviations: [string, number[]][];
  morePatterns: [number, number[]][];
  /** crc: CRC-32 of the array's bytes; a damaged table could otherwise send a scan round in circles. */
  arrays: { name: string; type: ArrayTypeName; length: number; crc: number }[];
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
  hashFileStamps(hash, sources);
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
    touchEntry(file);
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
    pruneEntries(options.dir, '.bin', KEEP_ENTRIES);
  } catch (e) {
    problem = `could not write the compiled-rules cache in ${options.dir}: ${(e as Error).message}`;
  }
  return { compiled, hit: false, ...(problem ? { cacheProblem: problem } : {}) };
}

/** Removes every cache entry in dir (for `--no-cache` style resets and tests). */
export function clearCompileCache(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function arraysOf(compiled: CompiledRules, parts: AutomatonParts): [string, IntArray][] {
  const exact = packExactWords(compiled.patternExact);
  return [
    ['exactStarts', exact.starts],
    ['exactBytes', exact.bytes],
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
    abbreviations: [...compiled.abbreviations],
    morePatterns: parts.morePatterns,
    arrays: arrays.map(([name, a]) => ({ name, type: a.constructor.name as ArrayTypeName, length: a.length, crc: crc32(a) })),
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
  return readCompiledFrom(
    (at, length) => {
      if (at + length > bytes.length) throw new Error('truncated');
      return bytes.subarray(at, at + length);
    },
    rules,
    key,
    patterns,
  );
}

/**
 * readCompiled over a reader of byte ranges of writeCompiled's output, so that a caller holding a file
 * can read each table straight into a buffer of its own instead of reading the whole entry first.
 */
export function readCompiledFrom(
  read: (at: number, length: number) => Uint8Array,
  rules: Rule[],
  key: string,
  patterns: Pick<CompiledRules, 'regexes' | 'problems'>,
): CompiledRules {
  const prefix = read(0, MAGIC.length + 4);
  if (!Buffer.from(prefix.buffer, prefix.byteOffset, MAGIC.length).equals(MAGIC)) throw new Error('not a compiled-rules file');
  const headerLength = new DataView(prefix.buffer, prefix.byteOffset).getUint32(MAGIC.length, true);
  const headerBytes = read(MAGIC.length + 4, headerLength);
  const header = JSON.parse(Buffer.from(headerBytes.buffer, headerBytes.byteOffset, headerBytes.byteLength).toString('utf8')) as Header;
  if (header.key !== key) throw new Error('the entry is for other rules');
  // Each array sits at a 4-byte boundary of the entry and ends up in a buffer of its own: aligned
  // whatever the source's offset, and without keeping the whole entry (its JSON header is 5 MB with
  // 50,000 names) alive behind a view.
  let fileAt = MAGIC.length + 4 + headerLength;
  const arrays = new Map<string, IntArray>();
  for (const { name, type, length, crc } of header.arrays) {
    const Type = ARRAY_TYPES[type];
    fileAt += (4 - (fileAt % 4)) % 4;
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    let own = read(fileAt, byteLength);
    if (crc32(own) !== crc) throw new Error(`table ${name} is damaged (checksum)`);
    if (own.byteOffset !== 0 || own.buffer.byteLength !== byteLength) {
      // (Buffer's slice is a view, not a copy.)
      const copy = new Uint8Array(byteLength);
      copy.set(own);
      own = copy;
    }
    arrays.set(name, new Type(own.buffer as ArrayBuffer, 0, length));
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
    patternExact: unpackExactWords(get('exactStarts'), get('exactBytes')),
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

/** CRC-32 of an array's bytes (zlib's, about 1 GB/s: 10 ms for the tables of 50,000 names). */
function crc32(a: Uint8Array | IntArray): number {
  return zlib.crc32(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}
