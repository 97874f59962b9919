import { EventBus } from '../../src/common/events';
import { createServices } from '../../src/graphql/schema';
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
  const service = () => createServices(t.db, t.clock).households;

  it('runs the HouseholdChanged handlers in the write; a failing handler rolls the whole write back', async () => {
    const before = await t.db.getRepository(Household).count();
    const seen: string[] = [];
    const events = new EventBus()
      .on('HouseholdChanged', 'test: sees the written row', async (em, e) => {
        // The handler runs on the write's own transaction: the new row is visible to it.
        seen.push(...(await em.findBy(Household, { id: e.changes[0].householdId })).map((h) => h.address));
      })
      .on('HouseholdChanged', 'test: fails', async () => {
        throw new Error('handler failed');
      });
    await expect(
      new HouseholdService(t.db, events, t.clock).create(admin, input({ address: '回滚测试' })),
    ).rejects.toThrow('handler failed');
    expect(seen).toEqual(['回滚测试']);
    expect(await t.db.getRepository(Household).count()).toBe(before);
    // The same write with the composition's handlers commits, and its visit schedule row with it (issue 7).
    const household = (await service().create(admin, input({ address: '回滚测试' }))) as Household;
    expect(await t.db.getRepository(Household).count()).toBe(before + 1);
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM visit_schedule WHERE household_id = $1`, [household.id]),
    ).toEqual([{ n: 1 }]);
  });

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
