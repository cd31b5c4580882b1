// A word-level Aho-Corasick automaton: every rule phrase is a sequence of word ids, all phrases are
// compiled into one automaton, and a draft is scanned in one pass whatever the number of phrases.
// Most trie nodes of a name list have a single child, so transitions are stored in typed arrays and
// only branching nodes keep a Map.

export class WordAutomaton {
  /** For nodes with exactly one child: its word and node; -1 where the node has none or several. */
  private readonly singleWord: Int32Array;
  private readonly singleNext: Int32Array;
  private readonly branches: (Map<number, number> | undefined)[];
  /** The root's transitions by word id (0 = none): nearly every word of a draft is read at the root. */
  private readonly rootNext: Int32Array;
  private readonly fail: Int32Array;
  /** Pattern ending at each node, or -1; further patterns via outputLink. */
  private readonly ownPattern: Int32Array;
  /** Extra patterns that end at the same node (two phrases with the same words). */
  private readonly morePatterns: Map<number, number[]>;
  /** Nearest node on the failure chain that ends a pattern, or 0. */
  private readonly outputLink: Int32Array;
  readonly patternLength: Int32Array;
  readonly nodeCount: number;

  constructor(patterns: ArrayLike<number>[]) {
    // 1. A plain trie with Map children.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    patterns.forEach((words, p) => {
      let node = 0;
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        let next = children[node].get(w);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[node].set(w, next);
        }
        node = next;
      }
      if (words.length > 0) ends[node].push(p);
    });
    const count = children.length;
    this.nodeCount = count;
    this.patternLength = Int32Array.from(patterns, (p) => p.length);

    // 2. Compact transitions.
    this.singleWord = new Int32Array(count).fill(-1);
    this.singleNext = new Int32Array(count);
    this.branches = new Array(count);
    for (let node = 0; node < count; node++) {
      const c = children[node];
      if (c.size === 1) {
        const [w, next] = c.entries().next().value as [number, number];
        this.singleWord[node] = w;
        this.singleNext[node] = next;
      } else if (c.size > 1) {
        this.branches[node] = c;
      }
    }
    let maxWord = -1;
    for (const w of children[0].keys()) maxWord = Math.max(maxWord, w);
    this.rootNext = new Int32Array(maxWord + 1);
    for (const [w, next] of children[0]) this.rootNext[w] = next;
    this.ownPattern = new Int32Array(count).fill(-1);
    this.morePatterns = new Map();
    for (let node = 0; node < count; node++) {
      const e = ends[node];
      if (e.length) {
        this.ownPattern[node] = e[0];
        if (e.length > 1) this.morePatterns.set(node, e.slice(1));
      }
    }

    // 3. Failure and output links, breadth first.
    this.fail = new Int32Array(count);
    this.outputLink = new Int32Array(count);
    const queue = new Int32Array(count);
    let head = 0;
    let tail = 0;
    for (const next of children[0].values()) queue[tail++] = next;
    while (head < tail) {
      const node = queue[head++];
      for (const [w, next] of children[node]) {
        let f = this.fail[node];
        let target = this.child(f, w);
        while (target < 0 && f !== 0) {
          f = this.fail[f];
          target = this.child(f, w);
        }
        const fn = target >= 0 && target !== next ? target : 0;
        this.fail[next] = fn;
        this.outputLink[next] = this.ownPattern[fn] >= 0 ? fn : this.outputLink[fn];
        queue[tail++] = next;
      }
    }
  }

  private child(node: number, word: number): number {
    if (node === 0) return word < this.rootNext.length && this.rootNext[word] !== 0 ? this.rootNext[word] : -1;
    if (this.singleWord[node] === word) return this.singleNext[node];
    const b = this.branches[node];
    if (b === undefined) return -1;
    const next = b.get(word);
    return next === undefined ? -1 : next;
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
