import { cleanName, hasHan, isChineseName, stripLegalForm, tokens } from './normalise-name';

// Lists pack several names into one string: "Academy of Aerospace Solid Propulsion Technology
// (AASPT)", "X (a.k.a., Y)", "Beijing University of Aeronautics and Astronautics (BUAA)",
// "Hunan Guofang Keji University (中国人民解放军国防科技大学)". This splits such a string into the
// name forms a rule can match; the collision checker decides later which of them to keep.

export interface NameForms {
  english: string[];
  chinese: string[];
  /** Short forms written in capitals, candidates for `abbreviations`. */
  shortForms: string[];
}

/**
 * A short single token in capitals (digits allowed): "NUDT", "CETC28", "NJTech". Longer
 * capitalised tokens ("NORINCO", "IFLYTEK") are names, matched case-insensitively.
 */
export function looksLikeAbbreviation(text: string): boolean {
  return (
    /^[A-Z][A-Za-z0-9]*$/.test(text) &&
    (text.match(/[A-Z]/g) ?? []).length >= 2 &&
    text.length <= 6 &&
    !/^[A-Z][a-z]+[A-Z]?[a-z]+$/.test(text)
  );
}

/** Initials of the capitalised words, to check that "(AASPT)" really abbreviates the name before it. */
export function abbreviates(short: string, name: string): boolean {
  const initials = name
    .split(/[\s\-/]+/)
    .filter((w) => /^[A-Z0-9]/.test(w))
    .map((w) => w[0])
    .join('');
  let i = 0;
  for (const ch of initials) if (i < short.length && ch === short[i]) i++;
  return i === short.length && short.length >= 2;
}

export function emptyForms(): NameForms {
  return { english: [], chinese: [], shortForms: [] };
}

function add(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

/** Split one raw list string into its name forms. */
export function nameForms(raw: string): NameForms {
  const forms = emptyForms();
  let text = cleanName(raw);
  if (!text) return forms;
  if (isChineseName(text)) {
    add(forms.chinese, text.replace(/[\s]/g, ''));
    return forms;
  }
  // Trailing parentheses: an abbreviation, an "a.k.a." name or a Chinese name.
  for (;;) {
    const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(text);
    if (!m) break;
    const inner = cleanName(m[2].replace(/^a\.?k\.?a\.?,?\s*/i, ''));
    const before = m[1];
    if (isChineseName(inner)) add(forms.chinese, inner.replace(/\s/g, ''));
    else if (looksLikeAbbreviation(inner) && abbreviates(inner, before)) add(forms.shortForms, inner);
    else if (/^a\.?k\.?a/i.test(m[2]) || tokens(inner).length >= 2) {
      // An alternative name, or a place qualifier such as "(Wuhan)" or "(Hong Kong)": keep the
      // whole string as given; also keep the alternative name when it is one.
      if (/^a\.?k\.?a/i.test(m[2])) add(forms.english, inner);
      else {
        add(forms.english, text);
      }
    } else {
      // "(Wuhan)", "(HK)", "(Shanghai)": qualifiers that belong to the name.
      add(forms.english, text);
    }
    text = before;
  }
  if (hasHan(text)) return forms;
  if (looksLikeAbbreviation(text)) add(forms.shortForms, text);
  else {
    add(forms.english, text);
    // Parenthesised parent abbreviations in the middle ("CSSC (CSSC) 7th Research Academy"): the
    // name is also written without them.
    const withoutInner = cleanName(text.replace(/\s*\(([A-Z0-9 &-]{2,12})\)\s*/g, ' '));
    if (withoutInner !== text) add(forms.english, withoutInner);
  }
  // Lists disagree about legal forms, and drafts usually leave them out.
  for (const name of [...forms.english]) {
    const bare = stripLegalForm(name);
    if (bare !== name && tokens(bare).length >= 2) add(forms.english, bare);
  }
  return forms;
}

export function mergeForms(into: NameForms, from: NameForms): NameForms {
  for (const e of from.english) add(into.english, e);
  for (const c of from.chinese) add(into.chinese, c);
  for (const s of from.shortForms) add(into.shortForms, s);
  return into;
}
