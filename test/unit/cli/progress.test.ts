// The progress bar: on stderr only, only on a terminal, only for more than 20 files, never with --quiet.
import { strict as assert } from 'node:assert';
import { createProgress, PROGRESS_MIN_FILES } from '../../../server/src/cli/progress';
import { Capture } from './cli-harness';

function terminal(): Capture {
  const stream = new Capture();
  stream.isTTY = true;
  return stream;
}

describe('scan progress bar', () => {
  it('draws on a terminal for many files and erases itself at the end', () => {
    const stderr = terminal();
    const progress = createProgress(stderr, 30, false);
    for (let i = 0; i < 30; i++) progress.tick(`docs/file-${i}.md`);
    progress.done();
    assert.match(stderr.text, /\[#+ *\] 30\/30 docs\/file-29\.md/);
    assert.ok(stderr.text.endsWith('\r\x1b[K'));
  });

  it('stays silent off a terminal, for few files, and with --quiet', () => {
    const pipe = new Capture();
    const few = terminal();
    const quiet = terminal();
    for (const [stream, total, isQuiet] of [
      [pipe, 100, false],
      [few, PROGRESS_MIN_FILES, false],
      [quiet, 100, true],
    ] as const) {
      const progress = createProgress(stream, total, isQuiet);
      for (let i = 0; i < total; i++) progress.tick('x.md');
      progress.done();
      assert.equal(stream.text, '');
    }
  });
});
