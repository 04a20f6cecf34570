import { describe, expect, it } from 'vitest';
import { MetricKind } from './evidence.enums.js';
import { parseValuesCsv } from './metric-values.parse.js';

const HEADER = 'period,ethnic_code,numerator,denominator';

describe('reading values from CSV', () => {
  it('reads a good file: any column order and case, a BOM, CRLF endings, blank lines and extra columns', () => {
    const csv = '\uFEFFEthnic_Code,Period,Denominator,Numerator,note\r\nA,2023-Q1,400,300,ok\r\n\r\nm,2023-Q1,80,40,\r\n';
    const { rows, problems } = parseValuesCsv(MetricKind.PROPORTION, csv);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { period: '2023-Q1', ethnicCode: 'A', ageBand: '', numerator: 300, denominator: 400, mean: null, sd: null, n: null },
      { period: '2023-Q1', ethnicCode: 'M', ageBand: '', numerator: 40, denominator: 80, mean: null, sd: null, n: null },
    ]);
  });

  it('reads means', () => {
    const { rows, problems } = parseValuesCsv(MetricKind.MEAN, 'period,ethnic_code,mean,sd,n\nBaseline,H,62.5,20.1,48\n');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ period: 'Baseline', ethnicCode: 'H', mean: 62.5, sd: 20.1, n: 48, numerator: null });
  });

  it('reports every bad row with its line, column and reason', () => {
    const csv = [
      HEADER, // line 1
      '2023,A,30,60', // 2: fine
      '2023,X,3,10', // 3: unknown code
      '2023,B,12,10', // 4: numerator above denominator
      '2023,C,-1,10', // 5: negative count
      '2023,D,abc,10', // 6: bad number
      '2023,E,1.5,10', // 7: not a whole number
      '2023,A,31,60', // 8: duplicate of line 2
      ',F,1,', // 9: missing period and denominator
      '2023,G,1,10,9', // 10: too many fields
    ].join('\n');
    const { rows, problems } = parseValuesCsv(MetricKind.PROPORTION, csv);
    expect(problems).toEqual([
      { line: 3, column: 'ethnic_code', columnNumber: 2, reason: expect.stringMatching(/Unknown ethnic category code “X”/) },
      { line: 4, column: 'numerator', columnNumber: 3, reason: 'The numerator (12) is above the denominator (10).' },
      { line: 5, column: 'numerator', columnNumber: 3, reason: 'The numerator cannot be negative.' },
      { line: 6, column: 'numerator', columnNumber: 3, reason: expect.stringMatching(/“abc” is not a number/) },
      { line: 7, column: 'numerator', columnNumber: 3, reason: 'The numerator must be a whole number.' },
      { line: 8, column: 'ethnic_code', columnNumber: 2, reason: 'Duplicate: period 2023 and code A already appear on line 2.' },
      { line: 9, column: 'period', columnNumber: 1, reason: expect.stringMatching(/period is missing/) },
      { line: 9, column: 'denominator', columnNumber: 4, reason: 'The denominator is missing.' },
      { line: 10, column: '', columnNumber: null, reason: expect.stringMatching(/5 fields but the header has 4/) },
    ]);
    expect(rows).toHaveLength(2); // the caller writes nothing while there are problems
  });

  it('checks means: sd and n not negative, n whole', () => {
    const { problems } = parseValuesCsv(MetricKind.MEAN, 'period,ethnic_code,mean,sd,n\n1,A,x,-2,3.5\n');
    expect(problems.map((p) => [p.column, p.reason])).toEqual([
      ['mean', expect.stringMatching(/not a number/)],
      ['sd', 'The sd cannot be negative.'],
      ['n', 'The n must be a whole number.'],
    ]);
  });

  it('refuses counts beyond the database’s integer range or not in digits, and means or sds out of bounds', () => {
    const counts = [HEADER, '2023,A,99999999999,99999999999', '2023,B,1e2,200', '2023,C,1e400,10', '2023,D,1.0,+5', '2023,E,2147483647,2147483647'].join('\n');
    const { rows, problems } = parseValuesCsv(MetricKind.PROPORTION, counts);
    expect(problems).toEqual([
      { line: 2, column: 'numerator', columnNumber: 3, reason: 'The numerator must be at most 2,147,483,647.' },
      { line: 2, column: 'denominator', columnNumber: 4, reason: 'The denominator must be at most 2,147,483,647.' },
      { line: 3, column: 'numerator', columnNumber: 3, reason: 'The numerator “1e2” must be written in digits only, e.g. 1234.' },
      { line: 4, column: 'numerator', columnNumber: 3, reason: 'The numerator must be at most 2,147,483,647.' },
      { line: 5, column: 'numerator', columnNumber: 3, reason: 'The numerator “1.0” must be written in digits only, e.g. 1234.' },
      { line: 5, column: 'denominator', columnNumber: 4, reason: 'The denominator “+5” must be written in digits only, e.g. 1234.' },
    ]);
    expect(rows).toEqual([expect.objectContaining({ ethnicCode: 'E', numerator: 2147483647, denominator: 2147483647 })]);

    const means = ['period,ethnic_code,mean,sd,n', '1,A,1e400,1e400,3', '1,B,-1e13,1e13,3', '1,C,5,1e-100,3', '1,D,-1000000000000,1000000000000,2147483647', '1,E,12.5,0,1e1'].join('\n');
    expect(parseValuesCsv(MetricKind.MEAN, means).problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [2, 'mean', 'The mean must be between -1,000,000,000,000 and 1,000,000,000,000.'],
      [2, 'sd', 'The sd must be at most 1,000,000,000,000.'],
      [3, 'mean', 'The mean must be between -1,000,000,000,000 and 1,000,000,000,000.'],
      [3, 'sd', 'The sd must be at most 1,000,000,000,000.'],
      [4, 'sd', 'The sd must be 0 or at least 0.000000000001.'],
      [6, 'n', 'The n “1e1” must be written in digits only, e.g. 1234.'],
    ]);
  });

  it('accepts a negative mean (e.g. of change scores), but not a negative sd or n', () => {
    const { rows, problems } = parseValuesCsv(MetricKind.MEAN, 'period,ethnic_code,mean,sd,n\nBaseline,A,-3.25,2,30\nFollow-up,A,-1e-3,2,-30\n');
    expect(rows).toEqual([expect.objectContaining({ period: 'Baseline', mean: -3.25 })]);
    expect(problems).toEqual([{ line: 3, column: 'n', columnNumber: 5, reason: 'The n cannot be negative.' }]);
  });

  it('refuses a header that names a column twice, whatever the case', () => {
    const { rows, problems } = parseValuesCsv(MetricKind.PROPORTION, 'period,ethnic_code,numerator,denominator,Numerator,note,note\n2023,A,1,2,3,,\n');
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ line: 1, column: 'numerator', columnNumber: 5, reason: 'The header names the numerator column twice (columns 3 and 5): keep only one.' }]);
  });

  it('names a missing column, an empty file, a header alone and broken quoting', () => {
    expect(parseValuesCsv(MetricKind.MEAN, HEADER).problems).toEqual([
      { line: 1, column: 'mean', columnNumber: null, reason: expect.stringMatching(/needs: period,ethnic_code,mean,sd,n/) },
      { line: 1, column: 'sd', columnNumber: null, reason: expect.any(String) },
      { line: 1, column: 'n', columnNumber: null, reason: expect.any(String) },
    ]);
    expect(parseValuesCsv(MetricKind.PROPORTION, '').problems[0].reason).toBe('The file is empty.');
    expect(parseValuesCsv(MetricKind.PROPORTION, `${HEADER}\n`).problems[0].reason).toMatch(/no values/);
    expect(parseValuesCsv(MetricKind.PROPORTION, `${HEADER}\n2023,A,1,"2\n`).problems[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/not valid CSV/) });
  });

  it('counts lines as an editor does when a quoted field spans lines', () => {
    const { problems } = parseValuesCsv(MetricKind.PROPORTION, `${HEADER}\n"2023\nQ1",A,1,2\n2023,Q,1,2\n`);
    expect(problems).toEqual([{ line: 4, column: 'ethnic_code', columnNumber: 2, reason: expect.stringMatching(/Unknown/) }]);
  });
});
