// The pure parts of LaTeX include handling: finding include commands outside comments, and mapping
// offsets of the combined document back to each file.
import { strict as assert } from 'node:assert';
import { buildLatexProject, findIncludes, locateInProject } from '../../../server/src/cli/latex-project';
import { workspace } from './cli-harness';

describe('latex-project', () => {
  it('finds \\input, \\include and \\subfile outside comments, with their line numbers', () => {
    const text = [
      '\\input{a}',
      '% \\input{commented}',
      '50\\% done \\include{b} % \\input{c}',
      '\\includegraphics{fig}',
      '\\subfile{ d }',
    ].join('\n');
    assert.deepEqual(
      findIncludes(text).map((i) => `${i.line}:${i.name}`),
      ['1:a', '3:b', '5:d'],
    );
  });

  it('maps every offset of the combined text back to its file and offset', () => {
    const ws = workspace({ 'root.tex': 'AAA\\input{part}BBB', 'part.tex': 'ppp' });
    try {
      const root = `${ws.dir}/root.tex`;
      const project = buildLatexProject(
        root,
        'AAA\\input{part}BBB',
        () => 'ppp',
        () => 'part.tex',
      );
      assert.equal(project.combined, 'AAApppBBB');
      const where = (offset: number) => {
        const hit = locateInProject(project, offset);
        return hit ? `${hit.segment.file === root ? 'root' : hit.segment.file}@${hit.fileOffset}` : 'none';
      };
      assert.deepEqual([0, 3, 5, 6, 8, 9].map(where), ['root@0', 'part.tex@0', 'part.tex@2', 'root@15', 'root@17', 'none']);
    } finally {
      ws.cleanup();
    }
  });
});
