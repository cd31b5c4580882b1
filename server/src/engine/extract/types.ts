// What every format's extractor returns: the prose of a draft at its own offsets.

/** An inline directive found in a comment (or, in plain text, on a line of its own). */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'accept';
  /** Rule ids, category names or '*'. */
  targets: string[];
  /** The stated reason; empty when the author gave none. */
  reason: string;
  /** Offsets of the directive in the source. */
  start: number;
  end: number;
}

export interface ExtractedDocument {
  /**
   * The source with everything that is not prose replaced by spaces (line breaks kept), so every
   * offset in it is the offset in the source. JOIN_MARK stands where markup joins a word.
   */
  masked: string;
  /** Offsets where a sentence must end whatever the punctuation (end of a heading, cell, item). */
  breaks: number[];
  directives: Directive[];
  /** Set when the format's parser failed and the draft was read as plain text instead. */
  fallback?: string;
}
