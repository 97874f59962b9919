import { checkCharacter, makeIdNumber, maskIdNumber, parseIdNumber } from '../../../src/common/id-number';

describe('resident ID numbers (GB 11643-1999)', () => {
  const today = '2026-11-23';

  // Published examples of the ISO 7064 MOD 11-2 check: GB 11643-1999's own sample
  // 11010519491231002X, and the widely cited 440524188001010014.
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
  ])('computes the check character of %s as %s', (first17, check) => {
    expect(checkCharacter(first17)).toBe(check);
  });

  it('parses a valid number into birth date and sex', () => {
    expect(parseIdNumber('11010519491231002X', today)).toEqual({
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
      regionCode: '110105',
    });
    expect(parseIdNumber('440524188001010014', today)).toMatchObject({ birthDate: '1880-01-01', sex: 'MALE' });
  });

  it('accepts a lower-case x and stores it upper-case', () => {
    expect(parseIdNumber('11010519491231002x', today)).toMatchObject({ idNumber: '11010519491231002X' });
  });

  it.each([
    ['11010519491231002', 'INVALID_FORMAT'],
    ['1101051949123100211', 'INVALID_FORMAT'],
    ['11010519491231002Y', 'INVALID_FORMAT'],
    [' 11010519491231002X', 'INVALID_FORMAT'],
    ['99010519491231002X', 'INVALID_REGION'],
    ['110105194902300021', 'INVALID_BIRTH_DATE'], // 30 February
    ['110105187001010011', 'INVALID_BIRTH_DATE'], // before 1880
    [makeIdNumber('310105', '2027-01-01', 1), 'BIRTH_DATE_IN_FUTURE'],
    ['110105194912310021', 'INVALID_CHECK_DIGIT'],
  ])('rejects %s as %s', (id, problem) => {
    expect(parseIdNumber(id, today)).toEqual({ problem });
  });

  it('makes valid numbers for seeds and tests', () => {
    for (let i = 0; i < 200; i++) {
      const id = makeIdNumber('310105', '1980-02-29', i);
      expect(parseIdNumber(id, today)).toMatchObject({ birthDate: '1980-02-29', sex: i % 2 === 1 ? 'MALE' : 'FEMALE' });
    }
  });

  it('masks all but the region prefix and the last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('short')).toBe('*****');
  });
});
