// CLI: `npm run eval` (tsx test/corpus/score.ts [--verbose]) prints precision/recall/F1 of the bundled
// rules on the annotated corpus; --verbose lists every false positive and miss with file:line; --holdout
// scores the held-out drafts instead.
import { HOLDOUT_DIR } from './corpus-files';
import { type CorpusEvaluation, evaluateCorpus } from './evaluate';
import { formatDetails, formatSummary, formatTable } from './report';

export { type CorpusEvaluation, evaluateCorpus } from './evaluate';

function main(argv: string[]): void {
  const evaluation: CorpusEvaluation = argv.includes('--holdout') ? evaluateCorpus(HOLDOUT_DIR) : evaluateCorpus();
  console.log(formatTable(evaluation));
  console.log('');
  console.log(formatSummary(evaluation));
  if (argv.includes('--verbose') || argv.includes('-v')) {
    console.log('');
    console.log(formatDetails(evaluation));
  }
  if (evaluation.annotationProblems.length > 0) process.exitCode = 1;
}

// Importing this module (e.g. from a test) must not print; only running it as a script does.
if (/score\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
