import {
  AddMemberDocument,
  ArchiveHouseholdDocument,
  CreateHouseholdDocument,
  HouseholdDocument,
  HouseholdsDocument,
  HouseholdWithIdNumbersDocument,
  RemoveMemberDocument,
  UpdateHouseholdDocument,
  UpdateMemberDocument,
} from '../__generated__/graphql';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('household registry (e2e)', () => {
  const api = useTestApi();
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] });

  async function create(overrides: Record<string, unknown> = {}) {
    const { data, errors } = await adviser().exec(CreateHouseholdDocument, {
      input: householdInput(overrides) as never,
    });
    expect(errors).toBeUndefined();
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data?.createHousehold));
    return data.createHousehold;
  }

  it('creates a household with two members and reads it back', async () => {
    const head = freshIdNumber('1950-03-01');
    const created = await create({
      members: [
        {
          name: '王建国',
          idNumber: head,
          relation: 'HEAD',
          hukou: 'LOCAL',
          disabilityGrade: 2,
          hasDisability: true,
          careNeedsGrade: 4,
        },
        {
          name: '李秀英',
          idNumber: freshIdNumber('1952-07-15'),
          relation: 'SPOUSE',
          hukou: 'LOCAL',
          sex: 'MALE' === 'MALE' ? undefined : undefined,
        },
      ],
      lifeEvents: [{ kind: 'NEW_DIAGNOSIS', date: '2026-05-01' }],
      assistanceEvents: [{ kind: 'TEMPORARY_ASSISTANCE', scheme: 'TEMPORARY', date: '2025-12-01', amount: 800 }],
    });
    const { data } = await adviser().exec(HouseholdDocument, { id: created.id });
    const household = data!.household!;
    expect(household).toMatchObject({
      streetCode: CHANGNING.huayang,
      status: 'ACTIVE',
      version: 1,
      memberCount: 2,
      street: { nameZh: '华阳路街道' },
      district: { code: '310105', nameZh: '长宁区' },
      housing: { floor: 5, hasElevator: false, tenure: 'PUBLIC_RENTAL', livingAreaSqm: 32.5, monthlyRent: null },
      economics: { incomePensions: 2100, incomeWages: null, liquidAssets: 5000 },
      monthlyIncomeTotal: 2100,
      currentCategories: ['DB'],
      assistanceEvents: [{ kind: 'TEMPORARY_ASSISTANCE', scheme: 'TEMPORARY', date: '2025-12-01', amount: 800 }],
      lifeEvents: [{ kind: 'NEW_DIAGNOSIS', date: '2026-05-01' }],
    });
    expect(household.members[0]).toMatchObject({
      name: '王建国',
      relation: 'HEAD',
      birthDate: '1950-03-01',
      sex: expect.any(String),
      disabilityGrade: 2,
      careNeedsGrade: 4,
      idNumberMasked: `${head.slice(0, 4)}**********${head.slice(-4)}`,
    });
    expect(household.members[1].birthDate).toBe('1952-07-15'); // taken from the ID number
    const full = await adviser().exec(HouseholdWithIdNumbersDocument, { id: created.id });
    expect(full.data!.household!.members[0].idNumber).toBe(head);
  });

  it('keeps unknown facts null, never 0', async () => {
    const created = await create({ housing: undefined, economics: { incomeWages: 0 } });
    expect(created.housing).toMatchObject({ floor: null, hasElevator: null, livingAreaSqm: null });
    expect(created.economics).toMatchObject({ incomeWages: 0, incomePensions: null, liquidAssets: null });
    expect(created.monthlyIncomeTotal).toBe(0);
  });

  describe('bad input is refused with the field and the reason, and nothing is written', () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      [
        'an invalid ID check digit',
        { members: [{ name: '甲', idNumber: '310105195003011234' }] },
        'input.members.0.idNumber',
        'INVALID_CHECK_DIGIT',
      ],
      [
        'a malformed ID number',
        { members: [{ name: '甲', idNumber: '31010519500301' }] },
        'input.members.0.idNumber',
        'INVALID_FORMAT',
      ],
      [
        'a birth date in the future',
        { members: [{ name: '甲', idNumber: freshIdNumber(), birthDate: '2099-01-01' }] },
        'input.members.0.birthDate',
        'DATE_IN_FUTURE',
      ],
      [
        'a birth date that disagrees with the ID number',
        { members: [{ name: '甲', idNumber: freshIdNumber('1960-01-01'), birthDate: '1961-01-01' }] },
        'input.members.0.birthDate',
        'ID_BIRTH_DATE_MISMATCH',
      ],
      ['a negative amount', { economics: { incomeWages: -1 } }, 'input.economics.incomeWages', 'BELOW_MINIMUM'],
      [
        'an amount with three decimals',
        { economics: { liquidAssets: 10.005 } },
        'input.economics.liquidAssets',
        'NOT_A_NUMBER',
      ],
      ['an impossible floor', { housing: { floor: 300 } }, 'input.housing.floor', 'ABOVE_MAXIMUM'],
      ['an unknown street code', { streetCode: '310105999' }, 'input.streetCode', 'UNKNOWN_STREET'],
      [
        'the same ID number twice',
        {
          members: [
            { name: '甲', idNumber: '310105195003011235' },
            { name: '乙', idNumber: '310105195003011235' },
          ],
        },
        'input.members.1.idNumber',
        'DUPLICATE_IN_INPUT',
      ],
      [
        'two heads',
        {
          members: [
            { name: '甲', idNumber: freshIdNumber(), relation: 'HEAD' },
            { name: '乙', idNumber: freshIdNumber(), relation: 'HEAD' },
          ],
        },
        'input.members.1.relation',
        'DUPLICATE_HEAD',
      ],
      [
        'a category ending before it began',
        { categories: [{ category: 'DB', since: '2024-01-01', until: '2023-01-01' }] },
        'input.categories.0.until',
        'INVALID_RANGE',
      ],
      [
        'a consent without its date',
        { consents: { dataSharing: true } },
        'input.consents.dataSharingDate',
        'DATE_REQUIRED',
      ],
    ];

    it.each(cases)('%s', async (_name, overrides, field, reason) => {
      const before = await api.db.query('SELECT count(*)::int AS n FROM household');
      const { data, errors } = await adviser().exec(CreateHouseholdDocument, {
        input: householdInput({ address: `bad-${reason}`, ...overrides }) as never,
      });
      expect(errors).toBeUndefined();
      const result = data!.createHousehold;
      expect(result.__typename).toBe('InputValidationError');
      if (result.__typename !== 'InputValidationError') return;
      expect(result.errorCode).toBe('INVALID_INPUT');
      expect(result.fieldErrors).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason })]));
      expect(await api.db.query('SELECT count(*)::int AS n FROM household')).toEqual(before);
    });

    it('an ID number already registered in another household', async () => {
      const existing = await create();
      const taken = (
        await api.db.query('SELECT id_number FROM member WHERE household_id = $1 LIMIT 1', [existing.id])
      )[0].id_number;
      const before = await api.db.query('SELECT count(*)::int AS n FROM member');
      const { data } = await adviser().exec(CreateHouseholdDocument, {
        input: householdInput({
          members: [
            { name: '丙', idNumber: freshIdNumber() },
            { name: '丁', idNumber: taken },
          ],
        }) as never,
      });
      expect(data!.createHousehold).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.members.1.idNumber', reason: 'ALREADY_REGISTERED' }],
      });
      expect(await api.db.query('SELECT count(*)::int AS n FROM member')).toEqual(before);
    });

    it('an unparseable date is a GraphQL variable error naming the value', async () => {
      const { errors } = await adviser().exec(CreateHouseholdDocument, {
        input: householdInput({ categories: [{ category: 'DB', since: '2024-13-01' }] }) as never,
      });
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toContain('2024-13-01');
    });
  });

  it('updates only the fields given; null means unknown; lists replace; version goes up', async () => {
    const created = await create();
    const { data } = await adviser().exec(UpdateHouseholdDocument, {
      input: {
        id: created.id,
        expectedVersion: 1,
        housing: { floor: 6, livingAreaSqm: null },
        categories: [{ category: 'BY', since: '2025-01-01' }],
      },
    });
    expect(data!.updateHousehold).toMatchObject({
      __typename: 'Household',
      version: 2,
      housing: { floor: 6, hasElevator: false, tenure: 'PUBLIC_RENTAL', livingAreaSqm: null },
      economics: { incomePensions: 2100 },
      currentCategories: ['BY'],
      address: created.address,
    });
    const stale = await adviser().exec(UpdateHouseholdDocument, {
      input: { id: created.id, expectedVersion: 1, address: 'x' },
    });
    expect(stale.data!.updateHousehold).toMatchObject({ __typename: 'ConflictError', errorCode: 'CONFLICT' });
    const bad = await adviser().exec(UpdateHouseholdDocument, {
      input: { id: created.id, housing: { monthlyRent: -5 } },
    });
    expect(bad.data!.updateHousehold).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.housing.monthlyRent', reason: 'BELOW_MINIMUM' }],
    });
    const missing = await adviser().exec(UpdateHouseholdDocument, {
      input: { id: '00000000-0000-4000-8000-000000000000', address: 'x' },
    });
    expect(missing.data!.updateHousehold).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
  });

  it('archives a household: gone from the default list, kept with its history', async () => {
    const created = await create({ address: '归档测试路1号' });
    const archived = await adviser().exec(ArchiveHouseholdDocument, {
      input: { id: created.id, reason: '迁出本市 moved away' },
    });
    expect(archived.data!.archiveHousehold).toMatchObject({
      __typename: 'Household',
      status: 'ARCHIVED',
      archiveReason: '迁出本市 moved away',
    });
    const active = await adviser().exec(HouseholdsDocument, { filter: { text: '归档测试路' } });
    expect(active.data!.households.totalItems).toBe(0);
    const old = await adviser().exec(HouseholdsDocument, { filter: { text: '归档测试路', status: 'ARCHIVED' } });
    expect(old.data!.households.items.map((h) => h.id)).toEqual([created.id]);
    const noReason = await adviser().exec(ArchiveHouseholdDocument, { input: { id: created.id, reason: '' } });
    expect(noReason.data!.archiveHousehold).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.reason', reason: 'EMPTY' }],
    });
  });

  it('adds, updates and removes members with the same identity rules', async () => {
    const created = await create();
    const added = await adviser().exec(AddMemberDocument, {
      input: {
        householdId: created.id,
        member: {
          name: '王小明',
          idNumber: freshIdNumber('2015-09-01'),
          relation: 'GRANDCHILD',
          studentStage: 'PRIMARY',
        },
      },
    });
    expect(added.data!.addMember).toMatchObject({
      __typename: 'Member',
      name: '王小明',
      birthDate: '2015-09-01',
      household: { memberCount: 3, version: 2 },
    });
    if (added.data!.addMember.__typename !== 'Member') return;
    const memberId = added.data!.addMember.id;

    const takenId = (
      await api.db.query('SELECT id_number FROM member WHERE household_id = $1 AND id <> $2 LIMIT 1', [
        created.id,
        memberId,
      ])
    )[0].id_number;
    const dup = await adviser().exec(AddMemberDocument, {
      input: { householdId: created.id, member: { name: '重复', idNumber: takenId } },
    });
    expect(dup.data!.addMember).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.member.idNumber', reason: 'ALREADY_REGISTERED' }],
    });

    const updated = await adviser().exec(UpdateMemberDocument, {
      input: { id: memberId, disabilityGrade: 3, specialStatuses: [] },
    });
    expect(updated.data!.updateMember).toMatchObject({
      __typename: 'Member',
      disabilityGrade: 3,
      birthDate: '2015-09-01',
      specialStatuses: [],
    });
    const mismatch = await adviser().exec(UpdateMemberDocument, { input: { id: memberId, birthDate: '2014-01-01' } });
    expect(mismatch.data!.updateMember).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.birthDate', reason: 'ID_BIRTH_DATE_MISMATCH' }],
    });
    const badGrade = await adviser().exec(UpdateMemberDocument, { input: { id: memberId, disabilityGrade: 5 } });
    expect(badGrade.data!.updateMember).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.disabilityGrade', reason: 'ABOVE_MAXIMUM' }],
    });

    const removed = await adviser().exec(RemoveMemberDocument, { input: { id: memberId } });
    expect(removed.data!.removeMember).toMatchObject({ __typename: 'Household', memberCount: 2 });
    const again = await adviser().exec(RemoveMemberDocument, { input: { id: memberId } });
    expect(again.data!.removeMember).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('finds a household by two characters of a member name, or of its address, and not by one missing', async () => {
    const name = '欧阳' + '子涵';
    const created = await create({
      address: '检索弄7号',
      members: [{ name, idNumber: freshIdNumber(), relation: 'HEAD', hukou: 'LOCAL' }],
    });
    for (const text of ['阳子', '子涵', '欧阳子涵', '索弄']) {
      const { data } = await adviser().exec(HouseholdsDocument, { filter: { text } });
      expect(data!.households.items.map((h) => h.id)).toContain(created.id);
    }
    const none = await adviser().exec(HouseholdsDocument, { filter: { text: '涵欧' } });
    expect(none.data!.households.items.map((h) => h.id)).not.toContain(created.id);
  });

  it('filters the list by district, street, category and text, with totals across pages', async () => {
    for (let i = 0; i < 3; i++)
      await create({
        address: `筛选路${i}号`,
        categories: [{ category: i === 0 ? 'TK_DISPERSED' : 'DB', since: '2024-01-01' }],
      });
    const byText = await adviser().exec(HouseholdsDocument, { filter: { text: '筛选路' }, page: { skip: 0, take: 2 } });
    expect(byText.data!.households).toMatchObject({ totalItems: 3, items: [expect.anything(), expect.anything()] });
    const byCategory = await adviser().exec(HouseholdsDocument, {
      filter: { text: '筛选路', category: 'TK_DISPERSED' },
    });
    expect(byCategory.data!.households.totalItems).toBe(1);
    const byDistrict = await adviser().exec(HouseholdsDocument, { filter: { text: '筛选路', districtCode: '310105' } });
    expect(byDistrict.data!.households.totalItems).toBe(3);
    const otherDistrict = await adviser().exec(HouseholdsDocument, { filter: { districtCode: '310104' } });
    expect(otherDistrict.data!.households.totalItems).toBe(0);
    const byStreet = await adviser().exec(HouseholdsDocument, {
      filter: { text: '筛选路', streetCode: CHANGNING.huayang },
    });
    expect(byStreet.data!.households.totalItems).toBe(3);
    const admin = api.as({ role: 'ADMIN' });
    const cityWide = await admin.exec(HouseholdsDocument, { filter: { text: '筛选路', districtCode: '310105' } });
    // Not limited to streets, so the count is capped at 10,001; three matches are under it: EXACT (issue 19).
    expect(cityWide.data!.households).toMatchObject({ totalItems: 3, totalItemsKind: 'EXACT' });
    expect(byText.data!.households.totalItemsKind).toBe('EXACT');
    const tooMany = await adviser().exec(HouseholdsDocument, { page: { skip: 0, take: 1000 } });
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'page.take', reason: 'ABOVE_MAXIMUM' }],
    });
  });
});
