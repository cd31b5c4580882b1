/**
 * What a user must see for each example draft in `examples/`, shared by every editor suite.
 * Lines are not hard-coded: each expected finding names a phrase of the draft, and the suites look the
 * phrase up in the file, so an edit elsewhere in the draft does not break the tests.
 */
export type ExpectedSeverity = 'error' | 'warning' | 'information';

export interface ExpectedFinding {
  ruleId: string;
  /** A phrase of the draft inside the finding's range (matched case-insensitively). */
  phrase: string;
  severity: ExpectedSeverity;
}

export interface ExpectedLawHover {
  /** A law's name or abbreviation as written in the draft. */
  word: string;
  /** Text the law card's hover must contain. */
  cardText: RegExp;
}

export interface ExpectedQuickFix {
  ruleId: string;
  /** The title of the quick fix to apply. */
  title: RegExp;
  /** What the document must contain after the fix (and did not before). */
  textAfter: RegExp;
}

export interface ExampleExpectation {
  file: string;
  languageId: string;
  findings: ExpectedFinding[];
  lawHover: ExpectedLawHover;
  quickFix: ExpectedQuickFix;
  /** The status-bar text for this document, e.g. "Caveat: red 3". */
  statusBar: RegExp;
}

export const exampleExpectations: ExampleExpectation[] = [];
