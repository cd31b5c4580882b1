/**
 * What a user must see for each example draft in `examples/`, shared by every editor suite.
 * Lines are not hard-coded: each expected finding names a phrase of the draft, and the suites look the
 * phrase up in the file, so an edit elsewhere in the draft does not break the tests.
 */
import { escapeRegExp } from './document-positions';

export type ExpectedSeverity = 'error' | 'warning' | 'information';

export interface ExpectedFinding {
  ruleId: string;
  /** A phrase of the draft inside the finding's range (first occurrence, case-insensitive). */
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
  /** What to answer when the fix asks for input (the reason for accepting a finding). */
  answer: string;
  /** What the document must contain after the fix (and did not before). */
  textAfter: RegExp;
}

/** What a finding's own hover card shows besides its rule id (the diagnostic hover alone lacks it). */
export const findingCardText = /Risk:.*Category:/s;

/** A quick fix that is a plain workspace edit, so it works in every LSP client (no client command). */
export interface ExpectedEditFix {
  ruleId: string;
  /** A fixed part of the quick fix's title. */
  titleContains: string;
  /** What the document must contain after the edit. */
  textAfter: RegExp;
}

export interface ExampleExpectation {
  file: string;
  /** The language id VS Code gives the file. */
  languageId: string;
  /** The first one is the finding whose hover card the suites check. */
  findings: ExpectedFinding[];
  /** Only drafts that name a law with a law card. */
  lawHover?: ExpectedLawHover;
  quickFix: ExpectedQuickFix;
  editFix: ExpectedEditFix;
}

/** "Caveat: insert a mitigation clause (TITLE)" for a finding, and the clause as the format writes it. */
function mitigationFix(ruleId: string, clauseAsWritten: string): ExpectedEditFix {
  return { ruleId, titleContains: 'insert a mitigation clause', textAfter: new RegExp(escapeRegExp(clauseAsWritten)) };
}

const acceptReason = 'cleared by the export control office in the e2e test';

/**
 * "Accept this finding with a reason…": asks for the reason, then writes the draft format's directive
 * (`<!-- caveat-disable-next-line RULE: reason -->`, `% caveat-disable-next-line RULE: reason`,
 * `caveat: accept RULE because reason`).
 */
function acceptFix(ruleId: string, directive: string, separator: string): ExpectedQuickFix {
  return {
    ruleId,
    title: /accept this finding with a reason/,
    answer: acceptReason,
    textAfter: new RegExp([directive, ' ', ruleId, separator, acceptReason].map(escapeRegExp).join('')),
  };
}

const allExampleExpectations: ExampleExpectation[] = [
  {
    file: 'proposal.md',
    languageId: 'markdown',
    findings: [
      { ruleId: 'tech.quantum-sensing', phrase: 'quantum sensors', severity: 'error' },
      { ruleId: 'tech.ai-chips', phrase: 'AI chips', severity: 'warning' },
      { ruleId: 'partner.harbin-institute-of-technology', phrase: 'Harbin Institute of Technology', severity: 'error' },
      { ruleId: 'partner.beihang-university', phrase: '北京航空航天大学', severity: 'error' },
    ],
    quickFix: acceptFix('tech.ai-chips', '<!-- caveat-disable-next-line', ': '),
    editFix: mitigationFix('tech.quantum-sensing', '> **Mitigation: Export-control and dual-use check.**'),
  },
  {
    file: 'proposal.tex',
    languageId: 'latex',
    findings: [
      { ruleId: 'tech.quantum-communication', phrase: 'quantum key distribution', severity: 'error' },
      {
        ruleId: 'partner.national-university-of-defense-technology',
        phrase: 'National University of Defense Technology',
        severity: 'error',
      },
      { ruleId: 'tech.green-circular-economy', phrase: 'circular economy', severity: 'information' },
      {
        ruleId: 'caveat.directive-without-reason',
        phrase: 'caveat-disable-next-line sanctions-law',
        severity: 'warning',
      },
    ],
    lawHover: { word: 'Export Control Law', cardText: /Export Control Law of the People's Republic of China/ },
    quickFix: acceptFix('tech.quantum-communication', '% caveat-disable-next-line', ': '),
    editFix: mitigationFix(
      'partner.national-university-of-defense-technology',
      '\\paragraph{Mitigation: Partner due diligence and end-use statement.}',
    ),
  },
  {
    file: 'mou.txt',
    languageId: 'plaintext',
    findings: [
      {
        ruleId: 'partner.nanjing-university-of-aeronautics-and-astronautics',
        phrase: 'Nanjing University of Aeronautics and Astronautics',
        severity: 'error',
      },
      { ruleId: 'tech.brain-computer-interface', phrase: 'brain-computer interfaces', severity: 'warning' },
      { ruleId: 'tech.brain-like-computing', phrase: 'brain-like computing', severity: 'warning' },
      { ruleId: 'talent.thousand-talents-plan', phrase: 'Thousand Talents Plan', severity: 'error' },
    ],
    lawHover: { word: 'GDPR', cardText: /GDPR Chapter V/ },
    quickFix: acceptFix('tech.brain-like-computing', 'caveat: accept', ' because '),
    editFix: mitigationFix('talent.thousand-talents-plan', 'Mitigation (Disclosure of outside appointments and funding):'),
  },
];

/** CAVEAT_E2E_ONLY=mou.txt (comma-separated) narrows every suite to some drafts while working on them. */
const only = process.env.CAVEAT_E2E_ONLY?.split(',').map((name) => name.trim());
export const exampleExpectations = only ? allExampleExpectations.filter((example) => only.includes(example.file)) : allExampleExpectations;
