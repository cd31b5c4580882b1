// A word-level Aho-Corasick automaton: every rule phrase is a sequence of word ids, all phrases are
// compiled into one automaton, and a draft is scanned in one pass whatever the number of phrases.
//
// Name lists make tries of hundreds of thousands of nodes, nearly all with one child, so nothing is
// kept per node but a few integers: each node's incoming word and parent, and one open-addressing
// table of all edges keyed by (node, word). The root, where nearly every word of a draft is read,
// has a dense array by word id instead.

const EMPTY = -1;

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
  private edgeNode: Int32Array;
  private edgeWord: Int32Array;
  private edgeTarget: Int32Array;
  private edgeMask: number;
  private readonly fail: Int32Array;
  /** Pattern ending at each node, or -1; further patterns via outputLink. */
  private readonly ownPattern: Int32Array;
  /** Extra patterns that end at the same node (two phrases with the same words). */
  private readonly morePatterns: Map<number, number[]>;
  /** Nearest node on the failure chain that ends a pattern, or 0. */
  private readonly outputLink: Int32Array;
  readonly patternLength: Int32Array;
  readonly nodeCount: number;

  constructor(patterns: ArrayLike<number>[], restored?: AutomatonParts) {
    if (restored) {
      this.rootNext = restored.rootNext;
      this.edgeNode = restored.edgeNode;
      this.edgeWord = restored.edgeWord;
      this.edgeTarget = restored.edgeTarget;
      this.edgeMask = restored.edgeNode.length - 1;
      this.fail = restored.fail;
      this.ownPattern = restored.ownPattern;
      this.outputLink = restored.outputLink;
      this.patternLength = restored.patternLength;
      this.morePatterns = new Map(restored.morePatterns);
      this.nodeCount = restored.fail.length;
      return;
    }
    let bound = 1;
    let maxWord = 0;
    for (const words of patterns) {
      bound += words.length;
      for (let i = 0; i < words.length; i++) if (words[i] > maxWord) maxWord = words[i];
    }
    let capacity = 16;
    while (capacity < bound * 2) capacity *= 2;
    this.edgeMask = capacity - 1;
    this.edgeNode = new Int32Array(capacity).fill(EMPTY);
    this.edgeWord = new Int32Array(capacity);
    this.edgeTarget = new Int32Array(capacity);
    this.rootNext = new Int32Array(maxWord + 1);

    // 1. The trie: each new node records its parent and the word that leads to it.
    const parent = new Int32Array(bound);
    const wordOf = new Int32Array(bound);
    const depth = new Int32Array(bound);
    const own = new Int32Array(bound).fill(-1);
    this.morePatterns = new Map();
    let count = 1;
    patterns.forEach((words, p) => {
      let node = 0;
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        let next = this.child(node, w);
        if (next < 0) {
          next = count++;
          parent[next] = node;
          wordOf[next] = w;
          depth[next] = depth[node] + 1;
          this.addEdge(node, w, next);
        }
        node = next;
      }
      if (words.length === 0) return;
      if (own[node] < 0) own[node] = p;
      else {
        const more = this.morePatterns.get(node) ?? [];
        more.push(p);
        this.morePatterns.set(node, more);
      }
    });
    this.nodeCount = count;
    this.ownPattern = own.slice(0, count);
    // The edge table was sized for the worst case (no shared prefixes); sized again for the edges
    // there are, it halves the automaton's memory with a name list.
    let tight = 16;
    while (tight < count * 2) tight *= 2;
    if (tight < this.edgeNode.length) {
      const [nodes, words, targets] = [this.edgeNode, this.edgeWord, this.edgeTarget];
      this.edgeMask = tight - 1;
      this.edgeNode = new Int32Array(tight).fill(EMPTY);
      this.edgeWord = new Int32Array(tight);
      this.edgeTarget = new Int32Array(tight);
      for (let slot = 0; slot < nodes.length; slot++) if (nodes[slot] !== EMPTY) this.addEdge(nodes[slot], words[slot], targets[slot]);
    }
    this.patternLength = Int32Array.from(patterns, (p) => p.length);

    // 2. Failure and output links, shallower nodes first (a counting sort by depth stands in for BFS).
    let maxDepth = 0;
    for (let node = 1; node < count; node++) if (depth[node] > maxDepth) maxDepth = depth[node];
    const firstAtDepth = new Int32Array(maxDepth + 2);
    for (let node = 1; node < count; node++) firstAtDepth[depth[node] + 1]++;
    for (let d = 1; d < firstAtDepth.length; d++) firstAtDepth[d] += firstAtDepth[d - 1];
    const order = new Int32Array(count);
    for (let node = 1; node < count; node++) order[firstAtDepth[depth[node]]++] = node;
    this.fail = new Int32Array(count);
    this.outputLink = new Int32Array(count);
    for (let k = 0; k < count - 1; k++) {
      const node = order[k];
      const up = parent[node];
      if (up === 0) continue; // depth 1: fail to the root
      const w = wordOf[node];
      let f = this.fail[up];
      let target = this.child(f, w);
      while (target < 0 && f !== 0) {
        f = this.fail[f];
        target = this.child(f, w);
      }
      const fn = target >= 0 && target !== node ? target : 0;
      this.fail[node] = fn;
      this.outputLink[node] = this.ownPattern[fn] >= 0 ? fn : this.outputLink[fn];
    }
  }

  /** An automaton from the parts of one built before. */
  static restore(parts: AutomatonParts): WordAutomaton {
    return new WordAutomaton([], parts);
  }

  parts(): AutomatonParts {
    const { rootNext, edgeNode, edgeWord, edgeTarget, fail, ownPattern, outputLink, patternLength } = this;
    return { rootNext, edgeNode, edgeWord, edgeTarget, fail, ownPattern, outputLink, patternLength, morePatterns: [...this.morePatterns] };
  }

  private addEdge(node: number, word: number, target: number): void {
    if (node === 0) {
      this.rootNext[word] = target;
      return;
    }
    let slot = edgeSlot(node, word) & this.edgeMask;
    while (this.edgeNode[slot] !== EMPTY) slot = (slot + 1) & this.edgeMask;
    this.edgeNode[slot] = node;
    this.edgeWord[slot] = word;
    this.edgeTarget[slot] = target;
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

function edgeSlot(node: number, word: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
  return h ^ (h >>> 15);
}
