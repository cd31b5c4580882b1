import { strict as assert } from 'node:assert';
import { humanDate, usSlashDateToIso, wordDateToIso } from '../../../scripts/data/parse-dates';
import { parseCsv, parseCsvWithHeader } from '../../../scripts/data/read-csv';
import { parseAspiRating, splitAspiValue } from '../../../scripts/data/sources/read-aspi-tracker';
import { coveredCompany } from '../../../scripts/data/sources/read-fcc-covered-list';
import { cleanParsedAlias, splitFrCitations, subordinateName } from '../../../scripts/data/sources/read-nsfreg-list';
import { publicationDate } from '../../../scripts/data/sources/read-section-1286-list';

describe('data: parsing the source files', () => {
  it('reads quoted CSV with CRLF and doubled quotes', () => {
    assert.deepEqual(parseCsv('a,"b, c","d ""e"""\r\n1,2,3\r\n'), [
      ['a', 'b, c', 'd "e"'],
      ['1', '2', '3'],
    ]);
    assert.deepEqual(parseCsvWithHeader('x,y\n1,2\n'), [{ x: '1', y: '2' }]);
  });

  it('parses the date formats of the lists', () => {
    assert.equal(usSlashDateToIso('84 FR 22963, 5/21/19'), '2019-05-21');
    assert.equal(usSlashDateToIso('85 FR 83799, 12/23/2020'), '2020-12-23');
    assert.equal(wordDateToIso('03 Jun 2021'), '2021-06-03');
    assert.equal(wordDateToIso('March 12, 2021'), '2021-03-12');
    assert.equal(humanDate('2020-08'), 'August 2020');
    assert.equal(humanDate('2026-06-08'), '8 June 2026');
  });

  it('reads ASPI ratings and names', () => {
    assert.equal(parseAspiRating('… is designated very high risk for …'), 'very high');
    assert.equal(parseAspiRating('… is designated very-high risk due to …'), 'very high');
    assert.equal(parseAspiRating('NUDT is the PLA’s premier institution'), undefined);
    assert.deepEqual(splitAspiValue('China University of Geosciences (Wuhan) (中国地质大学)'), {
      english: 'China University of Geosciences (Wuhan)',
      chinese: '中国地质大学',
    });
  });

  it('splits Federal Register citations and cleans parsed aliases', () => {
    assert.deepEqual(splitFrCitations('66 FR 24266, 5/14/01.\n75 FR 78883, 12/17/10'), ['66 FR 24266, 5/14/01', '75 FR 78883, 12/17/10']);
    assert.deepEqual(cleanParsedAlias("Asialink; Xi'an Int'l Logistics Co., Ltd."), ['Asialink', "Xi'an Int'l Logistics Co., Ltd."]);
    assert.deepEqual(cleanParsedAlias('Fu Jirui. No. 2A Zhonghuan South Road, Wangjing, Chaoyang District, Beijing'), ['Fu Jirui']);
    assert.deepEqual(cleanParsedAlias('HPSTAR; and'), ['HPSTAR']);
  });

  it('finds the company in an FCC Covered List item', () => {
    assert.equal(
      coveredCompany('Telecommunications equipment produced by Huawei Technologies Company, including …'),
      'Huawei Technologies Company',
    );
    assert.equal(
      coveredCompany(
        'International telecommunications services provided by Pacific Networks Corp and its wholly-owned subsidiary ComNet (USA) LLC subject to section 214',
      ),
      'Pacific Networks Corp',
    );
    assert.equal(coveredCompany('Routers produced in a foreign country'), undefined);
  });

  it('dates a section 1286 edition from its release URL', () => {
    assert.equal(publicationDate('https://www.cto.mil/wp-content/uploads/2026/07/FY25-Section-1286-List.pdf', '2025'), '2026-07');
    assert.equal(publicationDate('https://media.defense.gov/2023/Jun/29/2003251160/-1/-1/1/X.PDF', '2022'), '2023-06-29');
    assert.equal(publicationDate('https://basicresearch.defense.gov/Portals/61/x.pdf', '2024'), 'FY2024');
  });
});

describe('data: Entity List sub-units', () => {
  it('takes the name of a subordinate institution out of the parent entry', () => {
    assert.deepEqual(
      subordinateName(
        'China Electronics Technology Group Corporation 13th Research Institute (CETC 13) subordinate institution: Tonghui Electronics',
      ),
      ['Tonghui Electronics'],
    );
    assert.deepEqual(
      subordinateName('China Electronics Technology Group Corporation 13th Research Institute (CETC 13) subordinate institution:'),
      [],
    );
  });
});
