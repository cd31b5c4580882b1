// A parallel scan (--jobs 2: worker threads) writes byte for byte the report of a serial one (--jobs 1),
// in every format, with the same messages on stderr and the same exit code, over a folder of varied
// drafts: Markdown, LaTeX with includes (shared, cyclic, missing, a text file), plain text, Word, PDF,
// unreadable files, two configurations (severity, an extra rule pack, a reviewed-partner list) and
// accepted findings. From the sources the workers run the TypeScript through tsx.
import { strict as assert } from 'node:assert';
import { INSTITUTION_PACK, QUANTUM, RED_PARTNER, runCli, workspace } from './cli-harness';
import { makeDocx, makePdf } from './document-fixtures';

const CLAUSE = 'All intellectual property arising from the joint research shall vest solely in Party B.';
const GENETIC = 'Genetic data of the cohort will be transferred to a laboratory in Shenzhen for sequencing.';
const FILLER = [
  'The consortium meets twice a year to review progress against the milestones.',
  'Each work package has a leader who reports to the steering committee.',
  'Results are published in open-access journals after review by all partners.',
  'Doctoral candidates spend six months at a partner institution.',
];

/** A draft of `paragraphs` paragraphs, a finding about every third one, different for each seed. */
function prose(seed: number, paragraphs: number, risks: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const sentences = [FILLER[(seed + i) % 4], FILLER[(seed + 2 * i + 1) % 4]];
    if ((seed + i) % 3 === 0) sentences.splice(1, 0, risks[(seed + i) % risks.length]);
    out.push(sentences.join(' '));
  }
  return `${out.join('\n\n')}\n`;
}

const RISKS = [QUANTUM, RED_PARTNER, CLAUSE, GENETIC, 'We cooperate with 国防科技大学 on navigation.'];

function draftsFolder(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 24; i++)
    files[`drafts/md/proposal-${String(i).padStart(2, '0')}.md`] = `# Proposal ${i}\n\n${prose(i, 6 + (i % 5), RISKS)}`;
  for (let i = 0; i < 6; i++) files[`drafts/txt/mou-${i}.txt`] = prose(i + 100, 5, RISKS);
  files['drafts/txt/accepted.txt'] = `caveat: accept tech.quantum-sensing because the sensors are commercial\n${QUANTUM}\n`;
  files['drafts/md/directive.md'] = `<!-- caveat-disable-next-line *: reviewed by the export office -->\n${RED_PARTNER}\n\n${QUANTUM}\n`;
  // LaTeX: a root with a shared chapter, a cycle with no outside root, a missing include, a text include.
  files['drafts/tex/main.tex'] =
    '\\begin{document}\n\\input{chapters/shared}\n\\input{chapters/notes.txt}\n\\input{missing}\nEnd.\n\\end{document}\n';
  files['drafts/tex/second.tex'] = `\\input{chapters/shared}\n${QUANTUM}\n`;
  files['drafts/tex/chapters/shared.tex'] = `Shared chapter.\n\n${RED_PARTNER}\n`;
  files['drafts/tex/chapters/notes.txt'] = `${GENETIC}\n`;
  files['drafts/tex/cycle-a.tex'] = `\\input{cycle-b}\n${CLAUSE}\n`;
  files['drafts/tex/cycle-b.tex'] = `\\input{cycle-a}\n${QUANTUM}\n`;
  files['drafts/office/mou.docx'] = makeDocx(['Memorandum', RED_PARTNER, '', QUANTUM]);
  files['drafts/office/plan.pdf'] = makePdf(['Cover', `${GENETIC} ${CLAUSE}`]);
  files['drafts/office/broken.pdf'] = 'not a PDF at all';
  files['drafts/binary.md'] = Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]);
  // A second configuration: its own grading, an extra pack and a reviewed-partner list.
  files['drafts/inst/.caveat.yaml'] = 'severity:\n  dual-use-tech: green\nrulePacks: [rules/]\nreviewedPartners: reviewed.csv\n';
  files['drafts/inst/rules/inst.yaml'] = INSTITUTION_PACK;
  files['drafts/inst/reviewed.csv'] = 'name,date\nNational University of Defense Technology,2026-09-30\n';
  for (let i = 0; i < 5; i++) files[`drafts/inst/report-${i}.md`] = `We build a frobnicator array.\n\n${prose(i + 200, 4, RISKS)}`;
  return files;
}

describe('caveat scan --jobs: a parallel scan reports exactly what a serial one does', function () {
  this.timeout(180000);
  let ws: ReturnType<typeof workspace>;
  before(() => {
    ws = workspace(draftsFolder());
    process.env.SOURCE_DATE_EPOCH = '1800000000';
  });
  after(() => {
    ws.cleanup();
    delete process.env.SOURCE_DATE_EPOCH;
  });

  for (const format of ['json', 'sarif', 'markdown', 'text'] as const) {
    it(`--format ${format}`, async () => {
      const args = ['scan', '--format', format, '--show-accepted', '--fail-on', 'orange', 'drafts', 'drafts/gone.md'];
      const serial = await runCli([...args, '--jobs', '1'], ws.dir);
      const parallel = await runCli([...args, '--jobs', '2'], ws.dir);
      assert.equal(serial.code, 2, serial.stderr);
      assert.ok(serial.stdout.length > 5000, 'the folder gives a real report');
      assert.match(serial.stderr, /tex\/missing: included from .*but not found/);
      assert.match(serial.stderr, /binary\.md: skipped: not a text file/);
      assert.match(serial.stderr, /broken\.pdf: skipped: not a readable PDF/);
      assert.equal(parallel.code, serial.code);
      assert.equal(parallel.stderr, serial.stderr);
      assert.ok(parallel.stdout === serial.stdout, 'the parallel report differs from the serial one');
    });
  }

  it('keeps the same findings with more workers than drafts', async () => {
    const args = ['scan', '--format', 'json', '--fail-on', 'never', 'drafts/md/proposal-00.md', 'drafts/txt/mou-1.txt'];
    const serial = await runCli([...args, '--jobs', '1'], ws.dir);
    const parallel = await runCli([...args, '--jobs', '8'], ws.dir);
    assert.equal(parallel.code, 0, parallel.stderr);
    assert.equal(parallel.stdout, serial.stdout);
  });

  it('refuses --jobs that is not a whole number from 1', async () => {
    for (const jobs of ['0', '-1', '1.5', 'many']) {
      const r = await runCli(['scan', `--jobs=${jobs}`, 'drafts'], ws.dir);
      assert.equal(r.code, 2, jobs);
      assert.match(r.stderr, /--jobs takes a whole number/);
    }
  });
});
