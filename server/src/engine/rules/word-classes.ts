// Groups a word with its inflections into one class (union-find), so the automaton sees one symbol
// for sensor, sensors and sensing, whichever form the phrase or the draft uses.

export class WordClasses {
  private readonly index = new Map<string, number>();
  private readonly parent: number[] = [];

  add(word: string): number {
    let i = this.index.get(word);
    if (i === undefined) {
      i = this.parent.length;
      this.parent.push(i);
      this.index.set(word, i);
    }
    return i;
  }

  union(a: string, b: string): void {
    const ra = this.find(this.add(a));
    const rb = this.find(this.add(b));
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  private find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j];
      this.parent[j] = r;
      j = next;
    }
    return r;
  }

  /** Dense class ids for every word: the vocabulary the scanner looks tokens up in. */
  vocabulary(): Map<string, number> {
    const dense = new Map<number, number>();
    const vocab = new Map<string, number>();
    for (const [word, i] of this.index) {
      const root = this.find(i);
      let id = dense.get(root);
      if (id === undefined) {
        id = dense.size;
        dense.set(root, id);
      }
      vocab.set(word, id);
    }
    return vocab;
  }
}
