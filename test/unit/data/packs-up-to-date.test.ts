import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPartnerPacks } from '../../../scripts/data/build-partner-packs';
import { dataDir } from '../../../scripts/data/data-paths';

// The committed packs must be what the generator makes from the lists: nobody edits them by hand
// and nobody forgets to re-run it. Needs the input lists (../shared/data or CAVEAT_DATA_DIR); a
// clean clone without them skips this test.

describe('data: committed packs are up to date with the generator', function () {
  this.timeout(60_000);

  it('regenerates byte for byte', function () {
    if (!existsSync(path.join(dataDir(), 'us-entity-list-ecfr-2026-07-nsfreg.json'))) {
      // Said in the output, so that a pending test is never read as a pass.
      console.log(`      skipped: the source lists are not in ${dataDir()} (set CAVEAT_DATA_DIR to run it)`);
      this.skip();
    }
    const { files } = buildPartnerPacks({ write: false });
    const root = path.resolve(__dirname, '../../..');
    const stale = [...files]
      .filter(([file, text]) => !existsSync(path.join(root, file)) || readFileSync(path.join(root, file), 'utf8') !== text)
      .map(([file]) => file);
    assert.deepEqual(stale, [], 'run npm run data:update and commit the result');
  });
});
