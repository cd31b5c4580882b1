import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateReadme } from '../../../scripts/docs/coverage';

describe('README coverage', () => {
  it('matches the bundled rules (run npm run docs:coverage after changing them)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    assert.equal(updateReadme(readme), readme);
  });
});
