// The annotated corpus as a regression gate: the bundled rules must keep precision and recall up,
// and every annotation must still point at text that exists in its document.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { occurrencesOf, readAnnotationFile } from './annotations';
import { documentsMissingAnnotations, HOLDOUT_DIR, listCorpusDocuments } from './corpus-files';
import { type CorpusEvaluation, evaluateCorpus } from './evaluate';
import { formatDetails, formatSummary, formatTable } from './report';

/** Overall floors from the brief: a linter below these either nags or misses too much to be trusted. */
const OVERALL_PRECISION = 0.9;
const OVERALL_RECALL = 0.9;
/**
 * Per-category floor. Categories hold 12 to 75 spans, so one category can lose a few hard cases
 * (broken lines, abbreviations, Chinese-only text) without the overall figure hiding a collapse.
 */
const CATEGORY_FLOOR = 0.75;

describe('annotated corpus', () => {
  describe('annotations', () => {
    const docs = listCorpusDocuments();
    const holdout = listCorpusDocuments(HOLDOUT_DIR);

    it('has at least 36 documents, 12 per format', () => {
      assert.ok(docs.length >= 36, `only ${docs.length} documents`);
      for (const language of ['markdown', 'latex', 'plaintext'] as const) {
        const n = docs.filter((d) => d.language === language).length;
        assert.ok(n >= 12, `only ${n} ${language} documents`);
      }
    });

    it('has an annotation file beside every document', () => {
      assert.deepEqual(documentsMissingAnnotations(docs), []);
    });

    it('has an annotation file beside every held-out document', () => {
      assert.deepEqual(documentsMissingAnnotations(holdout), []);
    });

    for (const doc of [...docs, ...holdout]) {
      it(`${doc.name}: every annotated text exists in the document`, () => {
        const source = readFileSync(doc.path, 'utf8');
        const file = readAnnotationFile(doc.annotationPath);
        for (const entry of [...file.expected, ...file.must_not, ...file.ignore]) {
          const count = occurrencesOf(source, entry.text).length;
          const wanted = entry.occurrence === 'all' || entry.occurrence === undefined ? 1 : entry.occurrence;
          assert.ok(count >= wanted, `${JSON.stringify(entry.text)}: wanted occurrence ${wanted}, found ${count}`);
        }
      });
    }
  });

  describe('bundled rules on the corpus', () => {
    let evaluation: CorpusEvaluation;

    before(function () {
      this.timeout(60_000);
      evaluation = evaluateCorpus();
      console.log(`\n${formatTable(evaluation)}\n${formatSummary(evaluation)}\n`);
    });

    it('has no annotation problems (stale text, unknown categories, look-alikes overlapping expected spans)', () => {
      assert.deepEqual(evaluation.annotationProblems, []);
    });

    it(`reaches overall precision >= ${OVERALL_PRECISION} and recall >= ${OVERALL_RECALL}`, () => {
      const { precision, recall } = evaluation.overall;
      const detail = `\n${formatDetails(evaluation)}`;
      assert.ok(precision >= OVERALL_PRECISION, `precision ${precision.toFixed(3)}${detail}`);
      assert.ok(recall >= OVERALL_RECALL, `recall ${recall.toFixed(3)}${detail}`);
    });

    it('reports the held-out drafts (not gated: they estimate how the rules do on unseen text)', function () {
      this.timeout(60_000);
      const holdout = evaluateCorpus(HOLDOUT_DIR);
      console.log(`\nHeld-out drafts:\n${formatTable(holdout)}\n${formatSummary(holdout)}\n`);
      assert.deepEqual(holdout.annotationProblems, []);
    });

    it(`reaches precision and recall >= ${CATEGORY_FLOOR} in every category`, () => {
      const below = evaluation.rows
        .filter((r) => r.precision < CATEGORY_FLOOR || r.recall < CATEGORY_FLOOR)
        .map((r) => `${r.label}: precision ${r.precision.toFixed(2)}, recall ${r.recall.toFixed(2)}`);
      assert.deepEqual(below, []);
    });
  });
});
