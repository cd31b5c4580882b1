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

  /**
   * Dense class ids for every word: the vocabulary the scanner looks tokens up in, and the same id
   * for each index that add() returned.
   */
  vocabulary(): { vocabulary: Map<string, number>; idOfIndex: Int32Array } {
    const dense = new Int32Array(this.parent.length).fill(-1);
    const idOfIndex = new Int32Array(this.parent.length);
    const vocabulary = new Map<string, number>();
    let next = 0;
    for (const [word, i] of this.index) {
      const root = this.find(i);
      if (dense[root] < 0) dense[root] = next++;
      idOfIndex[i] = dense[root];
      vocabulary.set(word, dense[root]);
    }
    return { vocabulary, idOfIndex };
  }
}
