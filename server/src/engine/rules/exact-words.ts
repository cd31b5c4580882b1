// The exact words of each automaton pattern added without inflection (see PhraseAutomaton.exactWords),
// asked for only when a pattern matches. Fresh from the compiler they are an array; read back from the
// compiled-rules cache or a snapshot they stay as UTF-8 bytes and are decoded on first use, since
// with 50,000 names decoding all 100,000 strings cost a CLI run 60 ms and the server 7 MB of heap.

export interface ExactWords {
  /** Pattern p's exact words joined by single spaces, or undefined when any inflection matches. */
  get(p: number): string | undefined;
  readonly length: number;
}

export function exactWordsOf(list: (string | undefined)[]): ExactWords {
  return { get: (p) => list[p], length: list.length };
}

/** The stored form: every pattern's words as UTF-8, one after the other (an empty run: undefined). */
export function packExactWords(words: ExactWords): { starts: Int32Array; bytes: Uint8Array } {
  const starts = new Int32Array(words.length + 1);
  const parts: Buffer[] = [];
  let at = 0;
  for (let p = 0; p < words.length; p++) {
    const w = words.get(p);
    if (w) {
      const bytes = Buffer.from(w, 'utf8');
      parts.push(bytes);
      at += bytes.length;
    }
    starts[p + 1] = at;
  }
  return { starts, bytes: new Uint8Array(Buffer.concat(parts)) };
}

export function unpackExactWords(starts: Int32Array, bytes: Uint8Array): ExactWords {
  const length = starts.length - 1;
  if (length < 0 || starts[length] !== bytes.length) throw new Error('exact words do not match their bytes');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoded: (string | undefined)[] = new Array(length);
  const known = new Uint8Array(length);
  return {
    length,
    get(p) {
      if (known[p] === 0) {
        known[p] = 1;
        const from = starts[p];
        const to = starts[p + 1];
        decoded[p] = to > from ? text.toString('utf8', from, to) : undefined;
      }
      return decoded[p];
    },
  };
}
