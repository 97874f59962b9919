// The adviser roster (社区救助顾问人员清单): ADMIN manages it; an adviser reads their own entry and
// the colleagues of their streets. Near-relative filings are for ADMIN and the adviser themself.
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { FieldProblem } from '../../common/domain-error';
import { ID_PROBLEM_MESSAGES, parseIdNumber } from '../../common/id-number';
import { isUuid } from '../../common/text';
import { Viewer } from '../../common/viewer';
import { ConflictError, InputValidationError, NotFoundError } from '../../graphql/errors';
import { Street } from '../geo/geo.entity';
import { Adviser, HouseholdAssignment, NearRelativeFiling } from './adviser.entity';
import { AdviserFilter, CreateAdviserInput, FileNearRelativeInput, UpdateAdviserInput } from './adviser.inputs';
import { ListOrder, PageRequest, readPage } from '../../db/keyset';

const FIELDS = [
  'gender',
  'phone',
  'community',
  'station',
  'specialties',
  'languages',
  'qualifications',
  'trainings',
  'filedOn',
  'name',
  'roleType',
  'caseloadMax',
] as const;

const LIST_FIELDS: ReadonlySet<string> = new Set(['specialties', 'languages', 'qualifications', 'trainings']);

/** ADMIN sees every entry; an ADVISER their own and those of their streets; nobody else any. */
export function canSeeAdviser(viewer: Viewer, adviser: Pick<Adviser, 'id' | 'streetCode'>): boolean {
  if (viewer.role === 'ADMIN') return true;
  return viewer.role === 'ADVISER' && (viewer.id === adviser.id || viewer.streetCodes.includes(adviser.streetCode));
}

export const canSeeFilings = (viewer: Viewer, adviserId: string) =>
  viewer.role === 'ADMIN' || (viewer.role === 'ADVISER' && viewer.id === adviserId);

/** The roster by street, then name; the id makes it unique. */
export const ADVISER_ORDER: ListOrder = {
  list: 'advisers',
  keys: [
    { column: 'a.street_code', direction: 'ASC', type: 'text' },
    { column: 'a.name', direction: 'ASC', type: 'text' },
    { column: 'a.id', direction: 'ASC', type: 'uuid' },
  ],
};

export class AdviserService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async findVisible(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<Adviser | null> {
    if (!isUuid(id)) return null;
    const adviser = await em.findOneBy(Adviser, { id });
    return adviser && canSeeAdviser(viewer, adviser) ? adviser : null;
  }

  async list(viewer: Viewer, filter: AdviserFilter, page: PageRequest) {
    const qb = this.db
      .getRepository(Adviser)
      .createQueryBuilder('a')
      .where('a.active = :active', { active: filter.active ?? true });
    if (viewer.role === 'ADVISER')
      qb.andWhere('(a.street_code IN (:...streets) OR a.id = :self)', { streets: viewer.streetCodes, self: viewer.id });
    if (filter.streetCode) qb.andWhere('a.street_code = :street', { street: filter.streetCode });
    if (filter.specialty) qb.andWhere(':specialty = ANY(a.specialties)', { specialty: filter.specialty });
    return readPage(qb, ADVISER_ORDER, page);
  }

  async create(viewer: Viewer, input: CreateAdviserInput): Promise<Adviser | InputValidationError> {
    return this.db.transaction(async (em) => {
      const problems = await checkStreet(em, input.streetCode, 'input.streetCode');
      if (problems.length > 0) return new InputValidationError(problems);
      const adviser = em.create(Adviser, { streetCode: input.streetCode, active: true });
      applyFields(adviser, input);
      return em.save(adviser);
    });
  }

  /**
   * Partial update. Deactivation ends the adviser's assignments in the same transaction (their households
   * become unassigned) and publishes AssignmentChanged for them (the visit schedule follows).
   */
  async update(
    viewer: Viewer,
    input: UpdateAdviserInput,
  ): Promise<Adviser | InputValidationError | NotFoundError | ConflictError> {
    return this.db.transaction(async (em) => {
      const adviser = isUuid(input.id)
        ? await em.findOne(Adviser, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!adviser) return new NotFoundError('Adviser', input.id);
      const current = await em.find(HouseholdAssignment, { where: { adviserId: adviser.id, assignedUntil: IsNull() } });
      // Omitted means unchanged; an explicit null cannot clear a required field.
      const problems: FieldProblem[] = (['name', 'streetCode', 'roleType', 'caseloadMax', 'active'] as const)
        .filter((key) => input[key] === null)
        .map((key) => ({
          field: `input.${key}`,
          reason: 'REQUIRED',
          message: `${key} cannot be null; omit it to keep it`,
        }));
      if (input.streetCode !== undefined && input.streetCode !== null && input.streetCode !== adviser.streetCode) {
        problems.push(...(await checkStreet(em, input.streetCode, 'input.streetCode')));
        if (problems.length === 0 && current.length > 0 && input.active !== false) {
          return new ConflictError(
            `Adviser ${adviser.id} is responsible for ${current.length} households of ` +
              `street ${adviser.streetCode}; reassign them before moving the adviser`,
          );
        }
      }
      if (input.caseloadMax !== undefined && input.caseloadMax < current.length) {
        problems.push({
          field: 'input.caseloadMax',
          reason: 'BELOW_CURRENT_CASELOAD',
          message: `the adviser is responsible for ${current.length} households now`,
        });
      }
      if (problems.length > 0) return new InputValidationError(problems);
      if (input.streetCode) adviser.streetCode = input.streetCode;
      applyFields(adviser, input);
      if (input.active === false && adviser.active && current.length > 0) {
        await em.update(
          HouseholdAssignment,
          current.map((a) => a.id),
          { assignedUntil: this.clock.now(), endReason: 'ADVISER_DEACTIVATED' },
        );
        await this.events.publish(em, 'AssignmentChanged', { householdIds: current.map((a) => a.householdId) });
      }
      if (typeof input.active === 'boolean') adviser.active = input.active;
      return em.save(adviser);
    });
  }

  async fileNearRelative(
    viewer: Viewer,
    input: FileNearRelativeInput,
  ): Promise<NearRelativeFiling | InputValidationError | NotFoundError> {
    return this.db.transaction(async (em) => {
      const adviser = await this.findVisible(viewer, input.adviserId, em);
      if (!adviser) return new NotFoundError('Adviser', input.adviserId);
      const parsed = parseIdNumber(input.idNumber, this.clock.today());
      if ('problem' in parsed) {
        return new InputValidationError([
          {
            field: 'input.idNumber',
            reason: parsed.problem,
            message: `the ID number ${ID_PROBLEM_MESSAGES[parsed.problem]}`,
          },
        ]);
      }
      if (await em.findOneBy(NearRelativeFiling, { adviserId: adviser.id, idNumber: parsed.idNumber })) {
        return new InputValidationError([
          {
            field: 'input.idNumber',
            reason: 'ALREADY_FILED',
            message: 'this person is already filed for this adviser (已备案)',
          },
        ]);
      }
      return em.save(
        em.create(NearRelativeFiling, {
          adviserId: adviser.id,
          relativeName: input.relativeName,
          idNumber: parsed.idNumber,
          relation: input.relation,
          filedOn: input.filedOn,
          note: input.note ?? null,
        }),
      );
    });
  }

  async removeNearRelativeFiling(viewer: Viewer, id: string): Promise<NearRelativeFiling | NotFoundError> {
    return this.db.transaction(async (em) => {
      const filing = isUuid(id) ? await em.findOneBy(NearRelativeFiling, { id }) : null;
      if (!filing) return new NotFoundError('NearRelativeFiling', id);
      await em.delete(NearRelativeFiling, { id });
      return Object.assign(filing, { id });
    });
  }

  /** The roster entry behind an ADVISER token, or null: used by the context factory (one primary-key lookup). */
  static async rosterEntry(db: DataSource, id: string): Promise<Pick<Adviser, 'active' | 'streetCode'> | null> {
    if (!isUuid(id)) return null;
    const rows: Array<{ active: boolean; street_code: string }> = await db.query(
      'SELECT active, street_code FROM adviser WHERE id = $1',
      [id],
    );
    return rows[0] ? { active: rows[0].active, streetCode: rows[0].street_code } : null;
  }
}

async function checkStreet(em: EntityManager, streetCode: string, field: string): Promise<FieldProblem[]> {
  const street = /^\d{9}$/.test(streetCode) ? await em.findOneBy(Street, { code: streetCode }) : null;
  return street ? [] : [{ field, reason: 'UNKNOWN_STREET', message: `no street (街镇) with code "${streetCode}"` }];
}

function applyFields(adviser: Adviser, input: Partial<CreateAdviserInput>) {
  for (const key of FIELDS) {
    // A list sent as null holds no items: the stored list is emptied, as [] does (never a null list).
    const value = LIST_FIELDS.has(key) ? (input[key] === null ? [] : input[key]) : input[key];
    if (value === undefined) continue;
    if (key === 'trainings')
      adviser.trainings = (value as Adviser['trainings']).map((t) => ({
        date: t.date,
        topic: t.topic,
        hours: t.hours,
      }));
    else (adviser[key] as unknown) = value;
  }
}
