import { strict as assert } from 'node:assert';
import { entityMessage, gradeEntity } from '../../../scripts/data/grade-entity';
import type { ListRecord } from '../../../scripts/data/list-record';

const aspi = (rating: ListRecord['rating']): ListRecord => ({
  list: 'aspi-unitracker',
  name: 'X University',
  aliases: [],
  chineseNames: [],
  citation: 'https://unitracker.aspi.org.au/x',
  date: '2020-08',
  current: true,
  rating,
});
const entityList: ListRecord = {
  list: 'us-entity-list',
  name: 'X University',
  aliases: [],
  chineseNames: [],
  citation: '85 FR 34501, 6/5/20; 86 FR 1, 1/1/21',
  date: '2020-06-05',
  current: true,
};

describe('data: grading', () => {
  it('maps ASPI ratings and US lists to risks', () => {
    assert.equal(gradeEntity([aspi('very high')]), 'red');
    assert.equal(gradeEntity([aspi('high')]), 'orange');
    assert.equal(gradeEntity([aspi('medium')]), 'green');
    assert.equal(gradeEntity([aspi('low')]), 'green');
    assert.equal(gradeEntity([aspi('medium'), entityList]), 'red');
    assert.equal(gradeEntity([{ ...entityList, current: false }]), 'orange');
  });

  it('names the lists, citation and dates in a red message', () => {
    const message = entityMessage('X University', [aspi('very high'), entityList], 'red');
    assert.match(message, /rated very high risk by ASPI's China Defence Universities Tracker \(data of August 2020\)/);
    assert.match(message, /on the US Entity List \(85 FR 34501, 6\/5\/20, amended since\)/);
  });

  it('gives a green note only the ASPI rating and its date', () => {
    const message = entityMessage('X University', [aspi('medium')], 'green');
    assert.equal(message, "X University is rated medium risk by ASPI's China Defence Universities Tracker (data of August 2020).");
  });
});
