import { strict as assert } from 'node:assert';
import type { ListRecord } from '../../../scripts/data/list-record';
import { kindOf, type MergeInput, mergeRecords } from '../../../scripts/data/merge-records';

function record(partial: Partial<MergeInput> & Pick<ListRecord, 'list' | 'name'>): MergeInput {
  return { aliases: [], chineseNames: [], citation: 'c', date: '2026-01-01', current: true, ...partial };
}

describe('data: merging list entries', () => {
  it('merges an ASPI entry with the Entity List entry that gives its name as an alias', () => {
    const { entities } = mergeRecords([
      record({ list: 'aspi-unitracker', name: 'Beihang University', aliases: ['BUAA'], chineseNames: ['北京航空航天大学'] }),
      record({
        list: 'us-entity-list',
        name: 'Beijing University of Aeronautics and Astronautics (BUAA)',
        aliases: ['Beihang University'],
      }),
      record({ list: 'us-section-1286', name: 'Beihang University' }),
    ]);
    assert.equal(entities.length, 1);
    assert.deepEqual(
      entities[0].records.map((r) => r.list),
      ['aspi-unitracker', 'us-entity-list', 'us-section-1286'],
    );
  });

  it('merges spellings that differ only in legal form and case', () => {
    const { entities } = mergeRecords([
      record({ list: 'us-ndaa-889', name: 'Huawei Technologies Company' }),
      record({ list: 'us-ns-cmic', name: 'HUAWEI TECHNOLOGIES CO., LTD.' }),
      record({ list: 'us-entity-list', name: 'Huawei Technologies Co., Ltd.' }),
    ]);
    assert.equal(entities.length, 1);
  });

  it('does not merge a conglomerate with a subsidiary it gives as an alias', () => {
    const { entities, log } = mergeRecords([
      record({ list: 'aspi-unitracker', name: 'China Aerospace Science and Industry Corporation', aliases: ['Second Academy of CASIC'] }),
      record({ list: 'us-entity-list', name: 'Second Academy of CASIC' }),
    ]);
    assert.equal(entities.length, 2);
    assert.ok(log.some((line) => line.includes('different kind of body')));
  });

  it('never puts two current entries of the same list into one entity', () => {
    const { entities, log } = mergeRecords([
      record({ list: 'us-1260h-list', name: 'China Mobile Communications Group Co., Ltd.', aliases: ['China Mobile'] }),
      record({ list: 'us-1260h-list', name: 'China Mobile Limited' }),
    ]);
    assert.equal(entities.length, 2);
    assert.ok(log.some((line) => line.includes('both current on us-1260h-list')));
  });

  it('leaves out entries no China list confirms', () => {
    const { entities } = mergeRecords([
      record({ list: 'us-section-1286', name: 'Moscow Institute of Physics and Technology', needsOtherList: true }),
    ]);
    assert.equal(entities.length, 0);
  });

  it('reads the kind of body from the last kind word', () => {
    assert.equal(kindOf('Beijing University of Aeronautics and Astronautics'), 'university');
    assert.equal(kindOf('Aero Engine Corporation of China'), 'company');
    assert.equal(kindOf('Second Academy of CASIC'), 'academy');
    assert.equal(kindOf('Hikvision'), 'other');
  });
});
