// Joins many phrases into one regular expression that shares their common beginnings
// ("Data Security Law" and "Data Security Law of the People's Republic of China" become
// "Data Security Law(?: of the People's Republic of China)?"). Oniguruma tries the alternatives of
// an alternation one after the other at every word; a trie keeps that to a handful per letter, so
// the grammar stays fast to compile and to run with a few hundred law names.
//
// A phrase is a list of units, each one regular-expression atom (`[Dd]`, `\(`, a separator).
// Siblings start with different units that never match the same character, so their order does not
// matter; a phrase that ends where a longer one goes on makes the rest optional, tried first, so
// the longest name wins.

interface TrieNode {
  children: Map<string, TrieNode>;
  ends: boolean;
}

function newNode(): TrieNode {
  return { children: new Map(), ends: false };
}

export function trieAlternation(phrases: string[][]): string {
  const root = newNode();
  for (const units of phrases) {
    let node = root;
    for (const unit of units) {
      let child = node.children.get(unit);
      if (!child) {
        child = newNode();
        node.children.set(unit, child);
      }
      node = child;
    }
    node.ends = true;
  }
  return `(?:${branches(root)})`;
}

function branches(node: TrieNode): string {
  const alternatives = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, child]) => unit + rest(child));
  return alternatives.join('|');
}

function rest(node: TrieNode): string {
  if (!node.children.size) return '';
  if (!node.ends && node.children.size === 1) {
    const [[unit, child]] = [...node.children.entries()];
    return unit + rest(child);
  }
  const inner = node.children.size === 1 ? branches(node) : `(?:${branches(node)})`;
  if (!node.ends) return inner;
  return node.children.size === 1 && isSingleAtom(inner) ? `${inner}?` : `(?:${branches(node)})?`;
}

/** True for one unit that `?` may follow directly. */
function isSingleAtom(pattern: string): boolean {
  return /^(?:\\.|\[[^\]]*\]|\\x\{[0-9A-Fa-f]+\}|[^\\[\](){}|?*+^$.])$/u.test(pattern);
}
