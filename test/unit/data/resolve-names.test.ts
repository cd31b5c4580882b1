import { strict as assert } from 'node:assert';
import type { ListRecord } from '../../../scripts/data/list-record';
import { type MergeInput, mergeRecords } from '../../../scripts/data/merge-records';
import { resolveNames } from '../../../scripts/data/resolve-names';

function record(partial: Partial<MergeInput> & Pick<ListRecord, 'list' | 'name'>): MergeInput {
  return { aliases: [], chineseNames: [], citation: 'c', date: '2026-01-01', current: true, ...partial };
}

function resolve(records: MergeInput[]) {
  const { entities } = mergeRecords(records);
  return resolveNames(entities);
}

describe('data: resolving the names a rule matches', () => {
  it('keeps a name for the entity whose own list name it is', () => {
    const { names, report } = resolve([
      record({
        list: 'aspi-unitracker',
        name: 'Chinese Academy of Engineering Physics',
        aliases: ['Peac Institute of Multiscale Science'],
      }),
      record({ list: 'us-entity-list', name: 'Peac Institute of Multiscale Science' }),
    ]);
    const caep = names.find((n) => n.display === 'Chinese Academy of Engineering Physics');
    const peac = names.find((n) => n.display === 'Peac Institute of Multiscale Science');
    assert.ok(!caep?.exact.includes('Peac Institute of Multiscale Science'));
    assert.ok(peac?.exact.includes('Peac Institute of Multiscale Science'));
    assert.ok(report.some((r) => r.alias === 'Peac Institute of Multiscale Science' && /another listed entity/.test(r.reason)));
  });

  it('gives a shared abbreviation to the entity whose name it abbreviates, or to nobody', () => {
    const { names } = resolve([
      record({ list: 'aspi-unitracker', name: 'China Electronics Technology Group Corporation', aliases: ['CETC'] }),
      record({ list: 'us-entity-list', name: 'Southwest Research Institute of Electronics Technology', aliases: ['CETC'] }),
      record({ list: 'us-entity-list', name: 'BGI Genomics Co., Ltd.', aliases: ['BGI'] }),
      record({ list: 'us-entity-list', name: 'Beijing Graphene Institute Co., Ltd', aliases: ['BGI'] }),
    ]);
    const by = (display: string) => names.find((n) => n.display === display)?.abbreviations ?? [];
    assert.deepEqual(by('China Electronics Technology Group Corporation'), ['CETC']);
    assert.deepEqual(by('Southwest Research Institute of Electronics Technology'), []);
    assert.deepEqual(by('BGI Genomics Co., Ltd.'), ['BGI']);
    assert.deepEqual(by('Beijing Graphene Institute Co., Ltd'), []);
  });

  it('binds a common acronym to the home city and drops it when there is none', () => {
    const { names, report } = resolve([
      record({ list: 'aspi-unitracker', name: 'Harbin Institute of Technology', aliases: ['HIT'], chineseNames: ['哈尔滨工业大学'] }),
      record({ list: 'aspi-unitracker', name: 'Northeastern University', aliases: ['NEU'], chineseNames: ['东北大学'] }),
    ]);
    const hit = names.find((n) => n.display === 'Harbin Institute of Technology');
    assert.deepEqual(hit?.abbreviations, ['HIT']);
    assert.deepEqual(hit?.context, ['Harbin', '哈尔滨']);
    const neu = names.find((n) => n.display === 'Northeastern University');
    assert.deepEqual(neu?.abbreviations, []);
    assert.deepEqual(neu?.exact, []);
    assert.deepEqual(neu?.chinese, ['东北大学']);
    assert.deepEqual(neu?.lookAlikes, ['Northeastern University']);
    assert.ok(report.some((r) => r.alias === 'NEU' && r.action === 'dropped'));
  });

  it('adds derived forms: PLA names, the Chinese name without the PLA prefix, short university names', () => {
    const { names } = resolve([
      record({
        list: 'aspi-unitracker',
        name: 'National University of Defense Technology',
        aliases: ['NUDT'],
        chineseNames: ['中国人民解放军国防科技大学'],
      }),
      record({ list: 'aspi-unitracker', name: 'Beihang University', chineseNames: ['北京航空航天大学'] }),
    ]);
    const nudt = names.find((n) => n.display === 'National University of Defense Technology');
    assert.ok(nudt?.exact.includes('PLA National University of Defense Technology'));
    assert.ok(nudt?.chinese.includes('国防科技大学'));
    assert.ok(names.find((n) => n.display === 'Beihang University')?.exact.includes('Beihang'));
  });
});
