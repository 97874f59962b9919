import { Adviser, NearRelativeFiling } from '../../src/modules/adviser/adviser.entity';
import { filedNearRelatives } from '../../src/modules/adviser/near-relative';
import { Household } from '../../src/modules/household/household.entity';
import { Member } from '../../src/modules/household/member.entity';
import { CHANGNING, freshIdNumber } from '../support/factories';
import { useTestDatabase } from '../support/test-database';

describe('near-relative filings (近亲属备案)', () => {
  const t = useTestDatabase();

  it('finds the household members an adviser has filed, by ID number, and nobody else', async () => {
    const em = t.db.manager;
    const adviser = await em.save(
      em.create(Adviser, {
        name: '顾问甲',
        streetCode: CHANGNING.huayang,
        roleType: 'COMMUNITY_WORKER',
        caseloadMax: 40,
      }),
    );
    const colleague = await em.save(
      em.create(Adviser, { name: '顾问乙', streetCode: CHANGNING.huayang, roleType: 'VOLUNTEER', caseloadMax: 20 }),
    );
    const household = await em.save(em.create(Household, { streetCode: CHANGNING.huayang, address: '测试' }));
    const [mother, other] = [freshIdNumber(), freshIdNumber()];
    const motherRow = await em.save(em.create(Member, { householdId: household.id, name: '母亲', idNumber: mother }));
    await em.save(em.create(Member, { householdId: household.id, name: '邻居', idNumber: other }));
    await em.save(
      em.create(NearRelativeFiling, {
        adviserId: adviser.id,
        relativeName: '母亲',
        idNumber: mother,
        relation: 'PARENT',
        filedOn: '2026-01-05',
      }),
    );

    expect(await filedNearRelatives(em, adviser.id, household.id)).toEqual([
      { memberId: motherRow.id, relation: 'PARENT' },
    ]);
    expect(await filedNearRelatives(em, colleague.id, household.id)).toEqual([]);
  });

  it('refuses a second filing of the same person by the same adviser', async () => {
    const em = t.db.manager;
    const adviser = await em.save(
      em.create(Adviser, { name: '顾问丙', streetCode: CHANGNING.huayang, roleType: 'SOCIAL_WORKER', caseloadMax: 40 }),
    );
    const filing = {
      adviserId: adviser.id,
      relativeName: '兄',
      idNumber: freshIdNumber(),
      relation: 'SIBLING' as const,
      filedOn: '2026-01-05',
    };
    await em.insert(NearRelativeFiling, filing);
    await expect(em.insert(NearRelativeFiling, filing)).rejects.toThrow();
  });
});
