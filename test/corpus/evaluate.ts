// Runs the bundled rules over the annotated corpus and returns the figures (used by score.ts and the test).
import { readFileSync } from 'node:fs';
import { compileRules, type Finding, loadBundledRules, scan } from '../../server/src/engine/index';
import { readAnnotationFile, resolveAnnotations } from './annotations';
import { CORPUS_DIR, type CorpusDocument, documentsMissingAnnotations, listCorpusDocuments } from './corpus-files';
import { type DocumentJudgement, type Exclusion, judgeDocument } from './match-findings';
import { computeFigures, type Figures } from './metrics';

export interface DocumentResult {
  document: CorpusDocument;
  source: string;
  findings: Finding[];
  judgement: DocumentJudgement;
}

export interface CorpusEvaluation {
  documents: DocumentResult[];
  rows: Figures[];
  overall: Figures;
  excluded: Record<Exclusion, number>;
  /** Annotation problems (stale text, unknown category, missing file); the test fails on any. */
  annotationProblems: string[];
  /** Errors reported while loading the bundled packs. */
  ruleProblems: number;
}

export function evaluateCorpus(dir: string = CORPUS_DIR): CorpusEvaluation {
  const loaded = loadBundledRules();
  const compiled = compileRules(loaded.rules);
  const docs = listCorpusDocuments(dir);
  const annotationProblems = documentsMissingAnnotations(docs).map((name) => `${name}: no annotation file`);
  const documents: DocumentResult[] = [];
  for (const document of docs) {
    const source = readFileSync(document.path, 'utf8');
    const annotations = resolveAnnotations(source, readAnnotationFile(document.annotationPath));
    annotationProblems.push(...annotations.problems.map((p) => `${document.name}: ${p}`));
    const findings = scan(source, document.language, compiled);
    documents.push({ document, source, findings, judgement: judgeDocument(findings, annotations) });
  }
  const judgements = documents.map((d) => d.judgement);
  const excluded: Record<Exclusion, number> = { green: 0, accepted: 0, directive: 0 };
  for (const j of judgements) for (const k of Object.keys(excluded) as Exclusion[]) excluded[k] += j.excluded[k];
  return {
    documents,
    ...computeFigures(judgements),
    excluded,
    annotationProblems,
    ruleProblems: loaded.problems.filter((p) => p.severity === 'error').length,
  };
}
