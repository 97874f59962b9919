// Adding, changing and removing members: the same identity rules as household creation.
import { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock';
import { Viewer } from '../../common/viewer';
import { InputValidationError, NotFoundError } from '../../graphql/errors';
import { AddMemberInput, RemoveMemberInput, UpdateMemberInput } from './household.inputs';
import { checkMemberIdentity } from './household.rules';
import { isUuid } from '../../common/text';
import { HouseholdService, insertMembers } from './household.service';
import { Household } from './household.entity';
import { Member } from './member.entity';

export class MemberService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly clock: Clock,
  ) {}

  async add(viewer: Viewer, input: AddMemberInput): Promise<Member | InputValidationError | NotFoundError> {
    return this.households.write((em) => this.addWithin(em, viewer, input));
  }

  /** add() on the caller's transaction (a spreadsheet import writes every household in one). */
  async addWithin(
    em: EntityManager,
    viewer: Viewer,
    input: AddMemberInput,
  ): Promise<Member | InputValidationError | NotFoundError> {
    const problems = checkMemberIdentity(input.member, 'input.member', this.clock.today());
    const household = await this.households.findVisible(viewer, input.householdId, em);
    if (!household || household.status !== 'ACTIVE') return new NotFoundError('Household', input.householdId);
    const existing = await em.findBy(Member, { householdId: household.id });
    if (input.member.relation === 'HEAD' && existing.some((m) => m.relation === 'HEAD')) {
      problems.push({
        field: 'input.member.relation',
        reason: 'DUPLICATE_HEAD',
        message: 'a household has one head (户主)',
      });
    }
    problems.push(...(await this.households.checkIdNumbersFree(em, [input.member], () => 'input.member.idNumber')));
    if (problems.length > 0) return new InputValidationError(problems);
    const nextPosition = existing.reduce((max, m) => Math.max(max, m.position + 1), 0);
    const [member] = await insertMembers(em, household.id, [input.member], nextPosition);
    await touch(em, household.id, this.clock.now());
    return member;
  }

  async update(viewer: Viewer, input: UpdateMemberInput): Promise<Member | InputValidationError | NotFoundError> {
    return this.households.write((em) => this.updateWithin(em, viewer, input));
  }

  /** update() on the caller's transaction. */
  async updateWithin(
    em: EntityManager,
    viewer: Viewer,
    input: UpdateMemberInput,
  ): Promise<Member | InputValidationError | NotFoundError> {
    const member = await this.findVisible(viewer, input.id, em);
    if (!member) return new NotFoundError('Member', input.id);
    const { id: _id, ...patch } = input;
    // Identity is checked on the merged record, so changing only birthDate still meets the ID number.
    const merged = { ...member, ...definedOnly(patch), idNumber: patch.idNumber ?? member.idNumber };
    const problems = checkMemberIdentity(merged, 'input', this.clock.today());
    if (patch.idNumber !== undefined)
      problems.push(...(await this.households.checkIdNumbersFree(em, [merged], () => 'input.idNumber', member.id)));
    if (patch.relation === 'HEAD') {
      const head = await em.findOneBy(Member, { householdId: member.householdId, relation: 'HEAD' });
      if (head && head.id !== member.id)
        problems.push({
          field: 'input.relation',
          reason: 'DUPLICATE_HEAD',
          message: 'a household has one head (户主)',
        });
    }
    if (problems.length > 0) return new InputValidationError(problems);
    Object.assign(member, definedOnly(patch), {
      idNumber: merged.idNumber,
      birthDate: merged.birthDate,
      sex: merged.sex,
    });
    await em.save(member);
    await touch(em, member.householdId, this.clock.now());
    return member;
  }

  async remove(viewer: Viewer, input: RemoveMemberInput): Promise<Member | NotFoundError> {
    return this.db.transaction(async (em) => {
      const member = await this.findVisible(viewer, input.id, em);
      if (!member) return new NotFoundError('Member', input.id);
      await em.delete(Member, { id: member.id });
      await touch(em, member.householdId, this.clock.now());
      return member;
    });
  }

  // Always through the caller's EntityManager: the embedded database has one connection, and a
  // query on another connection inside a transaction would wait for it forever.
  private async findVisible(viewer: Viewer, id: string, em: EntityManager): Promise<Member | null> {
    if (!isUuid(id)) return null;
    const member = await em.findOneBy(Member, { id });
    return member && (await this.households.findVisible(viewer, member.householdId, em)) ? member : null;
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A member change is a change of the household: bump its version and timestamp. */
async function touch(em: EntityManager, householdId: string, now: Date) {
  await em
    .createQueryBuilder()
    .update(Household)
    .set({ version: () => 'version + 1', updatedAt: now })
    .where('id = :householdId', { householdId })
    .execute();
}
