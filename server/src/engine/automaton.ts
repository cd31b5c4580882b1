// A word-level Aho-Corasick automaton: every rule phrase is a sequence of word ids, all phrases are
// compiled into one automaton, and a draft is scanned in one pass whatever the number of phrases.
//
// Name lists make tries of hundreds of thousands of nodes, nearly all with one child, so nothing is
// kept per node but a few integers: each node's incoming word and parent, and one open-addressing
// table of all edges keyed by (node, word). The root, where nearly every word of a draft is read,
// has a dense array by word id instead.

const EMPTY = -1;
/** Children from which a node being built looks its children up in a Map rather than its list. */
const WIDE = 32;

/** Patterns in one array: pattern p is words[ends[p - 1] (0 for p = 0), ends[p]). */
export interface PatternList {
  words: Int32Array;
  ends: Int32Array;
}

/** What an automaton is made of, for the compiled-rules cache (see rules/compiled-cache.ts). */
export interface AutomatonParts {
  rootNext: Int32Array;
  edgeNode: Int32Array;
  edgeWord: Int32Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  ownPattern: Int32Array;
  outputLink: Int32Array;
  patternLength: Int32Array;
  morePatterns: [number, number[]][];
}

export class WordAutomaton {
  /** The root's transitions by word id (0 = none). */
  private readonly rootNext: Int32Array;
  /** Edges other than the root's: key node, key word, target node per slot (node -1 = empty). */
  private readonly edgeNode: Int32Array;
  private readonly edgeWord: Int32Array;
  private readonly edgeTarget: Int32Array;
  private readonly edgeMask: number;
  private readonly fail: Int32Array;
  /** Pattern ending at each node, or -1; further patterns via outputLink. */
  private readonly ownPattern: Int32Array;
  /** Extra patterns that end at the same node (two phrases with the same words). */
  private readonly morePatterns: Map<number, number[]>;
  /** Nearest node on the failure chain that ends a pattern, or 0. */
  private readonly outputLink: Int32Array;
  readonly patternLength: Int32Array;
  readonly nodeCount: number;

  /** Patterns as word-id sequences: one array each, or all in one (see PatternList). */
  constructor(patterns: ArrayLike<number>[] | PatternList, restored?: AutomatonParts) {
    const parts = restored ?? buildParts(Array.isArray(patterns) ? flatten(patterns) : (patterns as PatternList));
    this.rootNext = parts.rootNext;
    this.edgeNode = parts.edgeNode;
    this.edgeWord = parts.edgeWord;
    this.edgeTarget = parts.edgeTarget;
    this.edgeMask = parts.edgeNode.length - 1;
    this.fail = parts.fail;
    this.ownPattern = parts.ownPattern;
    this.outputLink = parts.outputLink;
    this.patternLength = parts.patternLength;
    this.morePatterns = new Map(parts.morePatterns);
    this.nodeCount = parts.fail.length;
  }

  /** An automaton from the parts of one built before. */
  static restore(parts: AutomatonParts): WordAutomaton {
    return new WordAutomaton([], parts);
  }

  parts(): AutomatonParts {
    const { rootNext, edgeNode, edgeWord, edgeTarget, fail, ownPattern, outputLink, patternLength } = this;
    return { rootNext, edgeNode, edgeWord, edgeTarget, fail, ownPattern, outputLink, patternLength, morePatterns: [...this.morePatterns] };
  }

  private child(node: number, word: number): number {
    if (node === 0) return word < this.rootNext.length && this.rootNext[word] !== 0 ? this.rootNext[word] : -1;
    let slot = edgeSlot(node, word) & this.edgeMask;
    for (;;) {
      const n = this.edgeNode[slot];
      if (n === EMPTY) return -1;
      if (n === node && this.edgeWord[slot] === word) return this.edgeTarget[slot];
      slot = (slot + 1) & this.edgeMask;
    }
  }

  /** The state after reading word from state. An unknown word (-1) returns to the root. */
  step(state: number, word: number): number {
    if (word < 0) return 0;
    let s = state;
    for (;;) {
      const next = this.child(s, word);
      if (next >= 0) return next;
      if (s === 0) return 0;
      s = this.fail[s];
    }
  }

  /** Calls emit for every pattern that ends in state. */
  forEachOutput(state: number, emit: (pattern: number) => void): void {
    let s = state;
    while (s !== 0) {
      const p = this.ownPattern[s];
      if (p >= 0) {
        emit(p);
        const more = this.morePatterns.get(s);
        if (more) for (const m of more) emit(m);
      }
      s = this.outputLink[s];
    }
  }

  hasOutput(state: number): boolean {
    return state !== 0 && (this.ownPattern[state] >= 0 || this.outputLink[state] !== 0);
  }
}

// Building runs once per rule set on up to hundreds of thousands of nodes: each stage is a function of
// its own, so the engine optimises each loop once instead of a constructor that deoptimises between
// stages.

/** The trie, its nodes numbered in the order they are first reached. */
interface Trie {
  count: number;
  rootNext: Int32Array;
  parent: Int32Array;
  wordOf: Int32Array;
  ownPattern: Int32Array;
  morePatterns: [number, number[]][];
  /** Two arrays of at least `count` integers the build no longer needs (first touches of memory cost). */
  spare: [Int32Array, Int32Array];
}

function buildParts(patterns: PatternList): AutomatonParts {
  const trie = buildTrie(patterns);
  const { edgeNode, edgeWord, edgeTarget } = edgeTable(trie);
  const { fail, outputLink } = failureLinks(trie, edgeNode, edgeWord, edgeTarget);
  const { ends } = patterns;
  const patternLength = new Int32Array(ends.length);
  for (let p = 0; p < ends.length; p++) patternLength[p] = ends[p] - (p === 0 ? 0 : ends[p - 1]);
  const { rootNext, ownPattern, morePatterns } = trie;
  return { rootNext, edgeNode, edgeWord, edgeTarget, fail, ownPattern, outputLink, patternLength, morePatterns };
}

/**
 * While the trie grows, a node's children are a list (most nodes have one or two); a node whose list
 * grows to WIDE children moves them to a Map (firstChild then holds -1 - its index in `wide`), so a
 * long list is never walked. Building costs little more than the memory it touches, so the arrays
 * are few.
 */
function buildTrie({ words, ends }: PatternList): Trie {
  const bound = words.length + 1;
  const rootNext = new Int32Array(largest(words, words.length) + 1);
  const parent = new Int32Array(bound);
  const wordOf = new Int32Array(bound);
  const own = new Int32Array(bound).fill(-1);
  const firstChild = new Int32Array(bound);
  const nextSibling = new Int32Array(bound);
  const wide: Map<number, number>[] = [];
  const more = new Map<number, number[]>();
  let count = 1;
  let from = 0;
  for (let p = 0; p < ends.length; p++) {
    const to = ends[p];
    let node = 0;
    for (let i = from; i < to; i++) {
      const w = words[i];
      let next: number;
      let created = false;
      if (node === 0) {
        next = rootNext[w];
        if (next === 0) {
          next = count++;
          created = true;
          rootNext[w] = next;
        }
      } else if (firstChild[node] < 0) {
        const byWord = wide[-1 - firstChild[node]];
        next = byWord.get(w) ?? 0;
        if (next === 0) {
          next = count++;
          created = true;
          byWord.set(w, next);
        }
      } else {
        const first = firstChild[node];
        let children = 0;
        next = first;
        while (next !== 0 && wordOf[next] !== w) {
          next = nextSibling[next];
          children++;
        }
        if (next === 0) {
          next = count++;
          created = true;
          if (children + 1 < WIDE) {
            nextSibling[next] = first;
            firstChild[node] = next;
          } else {
            const byWord = new Map<number, number>([[w, next]]);
            for (let c = first; c !== 0; c = nextSibling[c]) byWord.set(wordOf[c], c);
            firstChild[node] = -1 - (wide.push(byWord) - 1);
          }
        }
      }
      if (created) {
        parent[next] = node;
        wordOf[next] = w;
      }
      node = next;
    }
    if (to > from) {
      if (own[node] < 0) own[node] = p;
      else {
        const list = more.get(node);
        if (list) list.push(p);
        else more.set(node, [p]);
      }
    }
    from = to;
  }
  return { count, rootNext, parent, wordOf, ownPattern: own.slice(0, count), morePatterns: [...more], spare: [firstChild, nextSibling] };
}

/** The edges other than the root's, in a table sized for them (see WordAutomaton.child). */
function edgeTable({ count, parent, wordOf }: Trie): { edgeNode: Int32Array; edgeWord: Int32Array; edgeTarget: Int32Array } {
  // At most 71% full: a look-up off the root is rare next to the root's dense table, so a few more
  // probes cost less than the memory (with 50,000 names, 2^19 slots instead of 2^20: 6 MB).
  let capacity = 16;
  while (capacity < count * 1.4) capacity *= 2;
  const mask = capacity - 1;
  const edgeNode = new Int32Array(capacity).fill(EMPTY);
  const edgeWord = new Int32Array(capacity);
  const edgeTarget = new Int32Array(capacity);
  for (let node = 1; node < count; node++) {
    const up = parent[node];
    if (up === 0) continue;
    const w = wordOf[node];
    let slot = edgeSlot(up, w) & mask;
    while (edgeNode[slot] !== EMPTY) slot = (slot + 1) & mask;
    edgeNode[slot] = up;
    edgeWord[slot] = w;
    edgeTarget[slot] = node;
  }
  return { edgeNode, edgeWord, edgeTarget };
}

/** Failure and output links, shallower nodes first (a counting sort by depth stands in for BFS). */
function failureLinks(
  { count, rootNext, parent, wordOf, ownPattern, spare }: Trie,
  edgeNode: Int32Array,
  edgeWord: Int32Array,
  edgeTarget: Int32Array,
): { fail: Int32Array; outputLink: Int32Array } {
  const depth = depthsOf(parent, count, spare[0]);
  const order = byDepth(depth, count, spare[1]);
  const fail = new Int32Array(count);
  const outputLink = new Int32Array(count);
  const mask = edgeNode.length - 1;
  for (let k = 0; k < count - 1; k++) {
    const node = order[k];
    const up = parent[node];
    if (up === 0) continue; // depth 1: fail to the root
    const w = wordOf[node];
    let f = fail[up];
    let target: number;
    for (;;) {
      if (f === 0) {
        target = w < rootNext.length ? rootNext[w] : 0;
        break;
      }
      let slot = edgeSlot(f, w) & mask;
      target = 0;
      for (;;) {
        const n = edgeNode[slot];
        if (n === EMPTY) break;
        if (n === f && edgeWord[slot] === w) {
          target = edgeTarget[slot];
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (target !== 0) break;
      f = fail[f];
    }
    const fn = target !== node ? target : 0;
    fail[node] = fn;
    outputLink[node] = ownPattern[fn] >= 0 ? fn : outputLink[fn];
  }
  return { fail, outputLink };
}

/** The nodes but the root, shallower first: a counting sort by depth. */
function byDepth(depth: Int32Array, count: number, order: Int32Array): Int32Array {
  const firstAtDepth = new Int32Array(largest(depth, count) + 2);
  countDepths(depth, count, firstAtDepth);
  for (let d = 1; d < firstAtDepth.length; d++) firstAtDepth[d] += firstAtDepth[d - 1];
  placeByDepth(depth, count, firstAtDepth, order);
  return order;
}

// One loop a function: each is optimised once, alone (see above).

function largest(values: Int32Array, count: number): number {
  let max = 0;
  for (let i = 0; i < count; i++) if (values[i] > max) max = values[i];
  return max;
}

/** Each node's depth, into `depth`: a node's parent was made before it. */
function depthsOf(parent: Int32Array, count: number, depth: Int32Array): Int32Array {
  depth[0] = 0;
  for (let node = 1; node < count; node++) depth[node] = depth[parent[node]] + 1;
  return depth;
}

function countDepths(depth: Int32Array, count: number, firstAtDepth: Int32Array): void {
  for (let node = 1; node < count; node++) firstAtDepth[depth[node] + 1]++;
}

function placeByDepth(depth: Int32Array, count: number, firstAtDepth: Int32Array, order: Int32Array): void {
  for (let node = 1; node < count; node++) order[firstAtDepth[depth[node]]++] = node;
}

function flatten(patterns: ArrayLike<number>[]): PatternList {
  let total = 0;
  for (const p of patterns) total += p.length;
  const words = new Int32Array(total);
  const ends = new Int32Array(patterns.length);
  let at = 0;
  patterns.forEach((p, k) => {
    for (let i = 0; i < p.length; i++) words[at++] = p[i];
    ends[k] = at;
  });
  return { words, ends };
}

function edgeSlot(node: number, word: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
  return h ^ (h >>> 15);
}
