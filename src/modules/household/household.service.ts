// Household registry rules: visibility by street, validation, and one transaction per write.
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { containsPattern, isUuid } from '../../common/text';
import { DomainError, FieldProblem } from '../../common/domain-error';
import { canSeeStreet, Viewer } from '../../common/viewer';
import { allOrNothing } from '../../db/all-or-nothing';
import { claimVersion } from '../../db/optimistic';
import { ConflictError, InputValidationError, NotFoundError } from '../../graphql/errors';
import { ListOrder, Page, PageRequest, readPage } from '../../db/keyset';
import { Street } from '../geo/geo.entity';
import { AssistanceEvent, CategoryHolding, LifeEvent } from './assistance.entity';
import { Household } from './household.entity';
import {
  ArchiveHouseholdInput,
  CreateHouseholdInput,
  HouseholdFactsInput,
  HouseholdFilter,
  UpdateHouseholdInput,
} from './household.inputs';
import { checkCategories, checkConsents, checkMemberIdentity, checkMemberSet, MemberIdentity } from './household.rules';
import { Member } from './member.entity';
import { NewMemberInput } from './member.inputs';
import { heldOnSql } from '../../../policy/held-categories';

const GROUPS = ['housing', 'economics', 'observations', 'consents'] as const;
const SCALARS = [
  'neighbourhood',
  'registeredElsewhere',
  'registeredAddress',
  'massOrganisationBeneficiary',
  'charityPriority',
  'foundByVisit',
] as const;

export type HouseholdPage = Page<Household>;

/** A households list not limited to streets counts this many matches and no more (then says AT_LEAST). */
export const HOUSEHOLD_COUNT_CAP = 10_000;
/**
 * Where a filter needs a second table (a held category, a text search), each counted household costs
 * an index probe: the count stops here (then AT_LEAST), even within one street, so that a street's
 * 8,000 households do not cost 8,000 probes per page (issue 19).
 */
export const HOUSEHOLD_JOINED_COUNT_CAP = 500;

/** Newest first, with the id as the unique tie-breaker: one direction, so (…, created_at, id) indexes serve it. */
export const HOUSEHOLD_ORDER: ListOrder = {
  list: 'households',
  keys: [
    { column: 'h.created_at', direction: 'DESC', type: 'timestamptz' },
    { column: 'h.id', direction: 'DESC', type: 'uuid' },
  ],
};

/** The district code after this one ('310105' → '310106'), the end of its street-code range. */
const nextCode = (code: string) => String(Number(code) + 1).padStart(code.length, '0');

/**
 * The text filter: address, neighbourhood or a member name contains the text (case-insensitive).
 * From two characters on, the candidates come from the bigram GIN indexes (migration 1768000001000
 * explains why not trigrams) and ILIKE keeps the real matches; one character cannot use them.
 */
function textSearch(text: string): [string, Record<string, string>] {
  const parameters = { text: containsPattern(text), raw: text };
  if (Array.from(text).length < 2) {
    const sql = `(h.address ILIKE :text OR h.neighbourhood ILIKE :text OR EXISTS
      (SELECT 1 FROM member m WHERE m.household_id = h.id AND m.name ILIKE :text))`;
    return [sql, parameters];
  }
  const grams = 'search_bigrams(CAST(:raw AS text))';
  const sql = `h.id IN (
      SELECT x.id FROM household x WHERE search_bigrams(x.address) @> ${grams} AND x.address ILIKE :text
      UNION ALL
      SELECT x.id FROM household x WHERE search_bigrams(x.neighbourhood) @> ${grams} AND x.neighbourhood ILIKE :text
      UNION ALL
      SELECT m.household_id FROM member m WHERE search_bigrams(m.name) @> ${grams} AND m.name ILIKE :text)`;
  return [sql, parameters];
}

/** What changed, for the HouseholdChanged handlers that keep derived rows in step (household.events.ts). */
export interface HouseholdChange {
  householdId: string;
  streetChanged?: boolean;
  archived?: boolean;
}

export class HouseholdService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Publishes HouseholdChanged inside the write's transaction, after the household rows are written. */
  private changed(em: EntityManager, changes: HouseholdChange[]): Promise<void> {
    return this.events.publish(em, 'HouseholdChanged', { changes });
  }

  /** The household if it exists and the viewer may see it; null otherwise (deliberately the same). */
  async findVisible(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<Household | null> {
    if (!isUuid(id)) return null;
    const household = await em.findOneBy(Household, { id });
    return household && canSeeStreet(viewer, household.streetCode) ? household : null;
  }

  async list(viewer: Viewer, filter: HouseholdFilter, page: PageRequest): Promise<HouseholdPage> {
    const qb = this.db
      .getRepository(Household)
      .createQueryBuilder('h')
      .where('h.status = :status', { status: filter.status ?? 'ACTIVE' });
    if (viewer.role === 'ADVISER') qb.andWhere('h.street_code IN (:...streets)', { streets: viewer.streetCodes });
    if (filter.streetCode) qb.andWhere('h.street_code = :street', { street: filter.streetCode });
    if (filter.districtCode) {
      if (!/^\d{6}$/.test(filter.districtCode))
        throw new DomainError('BAD_USER_INPUT', 'filter.districtCode must be 6 digits');
      // Street codes are digits that start with their district's: the range reads the street index
      // whatever the database's collation (a LIKE prefix uses a b-tree only under the C collation).
      qb.andWhere('h.street_code >= :district AND h.street_code LIKE :districtPrefix', {
        district: filter.districtCode,
        districtPrefix: `${filter.districtCode}%`,
      });
      if (filter.districtCode !== '999999')
        qb.andWhere('h.street_code < :nextDistrict', { nextDistrict: nextCode(filter.districtCode) });
    }
    if (filter.category) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM category_holding c WHERE c.household_id = h.id AND c.category = :category
        AND ${heldOnSql('c', ':today')})`,
        { category: filter.category, today: this.clock.today() },
      );
    }
    if (filter.text) qb.andWhere(...textSearch(filter.text));
    // A count limited to streets reads an index range; a city-wide one stops at the cap (then AT_LEAST),
    // and one that probes a second table for each household stops sooner.
    const scopedToStreets = viewer.role === 'ADVISER' || Boolean(filter.streetCode);
    const cap =
      filter.category || filter.text ? HOUSEHOLD_JOINED_COUNT_CAP : scopedToStreets ? undefined : HOUSEHOLD_COUNT_CAP;
    return readPage(qb, HOUSEHOLD_ORDER, page, cap === undefined ? {} : { cap });
  }

  async create(viewer: Viewer, input: CreateHouseholdInput): Promise<Household | InputValidationError> {
    return this.write((em) => this.createWithin(em, viewer, input));
  }

  /** create() on the caller's transaction (a spreadsheet import writes every household in one). */
  async createWithin(
    em: EntityManager,
    viewer: Viewer,
    input: CreateHouseholdInput,
  ): Promise<Household | InputValidationError> {
    const today = this.clock.today();
    const problems = [
      ...input.members.flatMap((m, i) => checkMemberIdentity(m, `input.members.${i}`, today)),
      ...checkMemberSet(input.members, 'input.members'),
      ...this.checkFacts(input),
    ];
    problems.push(...(await this.checkStreet(em, viewer, input.streetCode, 'input.streetCode')));
    problems.push(...(await this.checkIdNumbersFree(em, input.members, (i) => `input.members.${i}.idNumber`)));
    if (problems.length > 0) return new InputValidationError(problems);
    const household = em.create(Household, { streetCode: input.streetCode, address: input.address });
    applyFacts(household, input);
    await em.save(household);
    await insertMembers(em, household.id, input.members, 0);
    await this.replaceLists(em, household.id, input);
    await this.changed(em, [{ householdId: household.id }]);
    return household;
  }

  async update(
    viewer: Viewer,
    input: UpdateHouseholdInput,
  ): Promise<Household | InputValidationError | NotFoundError | ConflictError> {
    return this.write((em) => this.updateWithin(em, viewer, input));
  }

  /** update() on the caller's transaction (a service record may update facts as part of its own write). */
  async updateWithin(
    em: EntityManager,
    viewer: Viewer,
    input: UpdateHouseholdInput,
    fieldPrefix = 'input',
  ): Promise<Household | InputValidationError | NotFoundError | ConflictError> {
    const problems = this.checkFacts(input).map((p) => ({ ...p, field: p.field.replace(/^input/, fieldPrefix) }));
    const household = await this.findVisible(viewer, input.id, em);
    if (!household) return new NotFoundError('Household', input.id);
    const expected = input.expectedVersion;
    if (expected !== undefined && expected !== null && !(await claimVersion(em, Household, household.id, expected))) {
      return new ConflictError(`Household ${input.id} is no longer at version ${expected}; reload and retry`);
    }
    const streetChanged = input.streetCode !== undefined && input.streetCode !== household.streetCode;
    if (streetChanged)
      problems.push(...(await this.checkStreet(em, viewer, input.streetCode!, `${fieldPrefix}.streetCode`)));
    if (problems.length > 0) return new InputValidationError(problems);
    if (input.streetCode !== undefined) household.streetCode = input.streetCode;
    if (input.address !== undefined) household.address = input.address;
    applyFacts(household, input);
    household.updatedAt = this.clock.now(); // list replacements alone must still bump version and timestamp
    await em.save(household);
    await this.replaceLists(em, household.id, input);
    await this.changed(em, [{ householdId: household.id, streetChanged }]);
    return household;
  }

  async archive(
    viewer: Viewer,
    input: ArchiveHouseholdInput,
  ): Promise<Household | NotFoundError | InputValidationError> {
    return this.write(async (em) => {
      const household = await this.findVisible(viewer, input.id, em);
      if (!household) return new NotFoundError('Household', input.id);
      household.status = 'ARCHIVED';
      household.archiveReason = input.reason;
      household.archivedAt = this.clock.now();
      const saved = await em.save(household);
      await this.changed(em, [{ householdId: household.id, archived: true }]);
      return saved;
    });
  }

  /** Every write runs in one transaction (allOrNothing); a unique-index race on an ID number becomes a field error. */
  async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T | InputValidationError> {
    try {
      return await allOrNothing(this.db, work);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'IDX_member_id_number'
      ) {
        return new InputValidationError([
          {
            field: 'input',
            reason: 'ALREADY_REGISTERED',
            message: 'an ID number is already registered in another household',
          },
        ]);
      }
      throw error;
    }
  }

  async checkStreet(em: EntityManager, viewer: Viewer, streetCode: string, field: string): Promise<FieldProblem[]> {
    const street = /^\d{9}$/.test(streetCode) ? await em.findOneBy(Street, { code: streetCode }) : null;
    if (!street) return [{ field, reason: 'UNKNOWN_STREET', message: `no street (街镇) with code "${streetCode}"` }];
    if (!canSeeStreet(viewer, streetCode))
      throw new DomainError('FORBIDDEN', `Street ${streetCode} is outside your streets`);
    return [];
  }

  /** ID numbers must not belong to a member of another household (or another member). */
  async checkIdNumbersFree(
    em: EntityManager,
    members: MemberIdentity[],
    fieldOf: (index: number) => string,
    exceptMemberId?: string,
  ): Promise<FieldProblem[]> {
    const ids = members.map((m) => m.idNumber).filter((id): id is string => !!id);
    if (ids.length === 0) return [];
    const taken = await em.find(Member, { select: { id: true, idNumber: true }, where: { idNumber: In(ids) } });
    const takenIds = new Set(taken.filter((m) => m.id !== exceptMemberId).map((m) => m.idNumber));
    return members.flatMap((m, i) =>
      m.idNumber && takenIds.has(m.idNumber)
        ? [
            {
              field: fieldOf(i),
              reason: 'ALREADY_REGISTERED',
              message: 'this ID number is already registered (已登记) to another member',
            },
          ]
        : [],
    );
  }

  private checkFacts(input: HouseholdFactsInput): FieldProblem[] {
    return [
      ...checkCategories(input.categories, 'input.categories'),
      ...checkConsents(input.consents, 'input.consents'),
    ];
  }

  private async replaceLists(em: EntityManager, householdId: string, input: HouseholdFactsInput) {
    const lists = [
      [CategoryHolding, input.categories],
      [AssistanceEvent, input.assistanceEvents],
      [LifeEvent, input.lifeEvents],
    ] as const;
    for (const [entity, rows] of lists) {
      if (rows === undefined || rows === null) continue;
      await em.delete(entity, { householdId });
      if (rows.length > 0)
        await em.insert(
          entity,
          rows.map((row) => ({ ...row, householdId })),
        );
    }
  }
}

export async function insertMembers(
  em: EntityManager,
  householdId: string,
  members: NewMemberInput[],
  firstPosition: number,
) {
  if (members.length === 0) return [];
  const rows = members.map((m, i) => em.create(Member, { ...m, householdId, position: firstPosition + i }));
  return em.save(rows);
}

function applyFacts(household: Household, input: HouseholdFactsInput) {
  for (const key of SCALARS) if (input[key] !== undefined) (household[key] as unknown) = input[key];
  for (const group of GROUPS) {
    const patch = input[group];
    if (!patch) continue;
    const target = (household[group] ??= {} as never) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) target[key] = value;
  }
}
