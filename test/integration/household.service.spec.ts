import { Household } from '../../src/modules/household/household.entity';
import { HouseholdService } from '../../src/modules/household/household.service';
import { Member } from '../../src/modules/household/member.entity';
import { MemberService } from '../../src/modules/household/member.service';
import type { Viewer } from '../../src/common/viewer';
import { CreateHouseholdInput } from '../../src/modules/household/household.inputs';
import { InputValidationError } from '../../src/graphql/errors';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { useTestDatabase } from '../support/test-database';

const adviser: Viewer = { id: 'a', role: 'ADVISER', name: null, streetCodes: [CHANGNING.huayang], providerId: null };
const admin: Viewer = { id: 'z', role: 'ADMIN', name: null, streetCodes: [], providerId: null };
const input = (overrides: Record<string, unknown> = {}) =>
  Object.assign(new CreateHouseholdInput(), householdInput(overrides));

describe('HouseholdService', () => {
  const t = useTestDatabase();
  const service = () => new HouseholdService(t.db, t.clock);

  it('writes nothing when a step inside the transaction fails', async () => {
    const before = await t.db.getRepository(Household).count();
    await expect(
      service().write(async (em) => {
        await em.save(em.create(Household, { streetCode: CHANGNING.huayang, address: 'half-written' }));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await t.db.getRepository(Household).count()).toBe(before);
  });

  it('turns a unique-index race on an ID number into a field error, with nothing written', async () => {
    const id = freshIdNumber();
    await t.db
      .getRepository(Member)
      .insert({ householdId: ((await service().create(admin, input())) as Household).id, name: 'first', idNumber: id });
    const households = await t.db.getRepository(Household).count();
    // Bypass the pre-check to hit the database constraint the way a concurrent request would.
    const result = await service().write(async (em) => {
      const household = await em.save(em.create(Household, { streetCode: CHANGNING.huayang, address: 'race' }));
      await em.insert(Member, { householdId: household.id, name: 'second', idNumber: id });
      return household;
    });
    expect(result).toBeInstanceOf(InputValidationError);
    expect((result as InputValidationError).fieldErrors[0].reason).toBe('ALREADY_REGISTERED');
    expect(await t.db.getRepository(Household).count()).toBe(households);
  });

  it("lists only the adviser's streets; an ADMIN sees all", async () => {
    await service().create(admin, input({ streetCode: CHANGNING.xinjing, address: '范围测试A' }));
    await service().create(admin, input({ streetCode: CHANGNING.huayang, address: '范围测试B' }));
    const mine = await service().list(adviser, { text: '范围测试' }, { skip: 0, take: 10 });
    expect(mine.items.map((h) => h.address)).toEqual(['范围测试B']);
    const all = await service().list(admin, { text: '范围测试' }, { skip: 0, take: 10 });
    expect(all.totalItems).toBe(2);
  });

  it('treats % and _ in the text filter literally', async () => {
    await service().create(admin, input({ address: '百分号100%路' }));
    expect((await service().list(admin, { text: '100%' }, { skip: 0, take: 10 })).totalItems).toBe(1);
    expect((await service().list(admin, { text: '_' }, { skip: 0, take: 10 })).totalItems).toBe(0);
  });

  it('bumps the household version when a member changes', async () => {
    const household = (await service().create(adviser, input())) as Household;
    const members = new MemberService(t.db, service(), t.clock);
    const [first] = await t.db.getRepository(Member).findBy({ householdId: household.id });
    await members.update(adviser, Object.assign(new (class {})(), { id: first.id, careNeedsGrade: 3 }) as never);
    expect((await t.db.getRepository(Household).findOneByOrFail({ id: household.id })).version).toBe(2);
  });
});
