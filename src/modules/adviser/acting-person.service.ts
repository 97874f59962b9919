// The register of people acting on cases without a roster entry, and their near-relative filings
// (POL-INT-3, POL-INT-8): ADMIN everywhere, a SUPERVISOR for their streets. ID numbers come in, are checked,
// and leave as a keyed hash and a masked copy (src/common/id-hash.ts); no message or log line quotes one.
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock';
import type { FieldProblem } from '../../common/domain-error';
import type { IdHasher } from '../../common/id-hash';
import { ID_PROBLEM_MESSAGES, maskIdNumber, parseIdNumber } from '../../common/id-number';
import { isUuid } from '../../common/text';
import type { Viewer } from '../../common/viewer';
import { readPage, type ListOrder, type PageRequest } from '../../db/keyset';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { Street } from '../geo/geo.entity';
import { ActingPerson, PersonNearRelativeFiling } from './acting-person.entity';
import {
  ActingPersonFilter,
  FilePersonNearRelativeInput,
  RegisterActingPersonInput,
  WithdrawPersonNearRelativeInput,
} from './acting-person.inputs';

export const ACTING_PERSON_ORDER: ListOrder = {
  list: 'actingPeople',
  keys: [
    { column: 'p.registered_at', direction: 'DESC', type: 'timestamptz' },
    { column: 'p.id', direction: 'DESC', type: 'uuid' },
  ],
};
/** An 18-character ID number anywhere in free text. */
const ID_NUMBER = /\d{17}[\dXx]/;

const problem = (field: string, reason: string, message: string) =>
  new InputValidationError([{ field, reason, message }]);

/** ADMIN every entry; ADVISER and SUPERVISOR those acting in one of their streets. */
export const canSeePerson = (viewer: Viewer, person: Pick<ActingPerson, 'streetCodes'>) =>
  viewer.role === 'ADMIN' ||
  ((viewer.role === 'SUPERVISOR' || viewer.role === 'ADVISER') &&
    person.streetCodes.some((s) => viewer.streetCodes.includes(s)));

/** Who may register people and file or withdraw their filings: ADMIN, and a SUPERVISOR for their streets. */
const canManage = (viewer: Viewer, person: Pick<ActingPerson, 'streetCodes'>) =>
  viewer.role === 'ADMIN' || (viewer.role === 'SUPERVISOR' && canSeePerson(viewer, person));

export class ActingPersonService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly hasher: IdHasher,
  ) {}

  list(viewer: Viewer, filter: ActingPersonFilter, page: PageRequest) {
    const qb = this.db.getRepository(ActingPerson).createQueryBuilder('p');
    if (viewer.role !== 'ADMIN')
      qb.andWhere('p.street_codes && CAST(:streets AS varchar[])', { streets: [...viewer.streetCodes] });
    if (filter.streetCode) qb.andWhere(':street = ANY(p.street_codes)', { street: filter.streetCode });
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    return readPage(qb, ACTING_PERSON_ORDER, page);
  }

  async byId(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<ActingPerson | null> {
    const person = isUuid(id) ? await em.findOneBy(ActingPerson, { id }) : null;
    return person && canSeePerson(viewer, person) ? person : null;
  }

  async register(viewer: Viewer, input: RegisterActingPersonInput): Promise<ActingPerson | InputValidationError> {
    const problems: FieldProblem[] = [];
    const parsed = parseIdNumber(input.idNumber, this.clock.today());
    if ('problem' in parsed)
      problems.push({
        field: 'input.idNumber',
        reason: parsed.problem,
        message: `the ID number ${ID_PROBLEM_MESSAGES[parsed.problem]}`,
      });
    const streets = [...new Set(input.streetCodes)];
    return this.db.transaction(async (em) => {
      for (const [i, code] of streets.entries()) {
        const field = `input.streetCodes.${i}`;
        const street = /^\d{9}$/.test(code) ? await em.findOneBy(Street, { code }) : null;
        if (!street)
          problems.push({ field, reason: 'UNKNOWN_STREET', message: `no street (街镇) with code "${code}"` });
        else if (viewer.role !== 'ADMIN' && !viewer.streetCodes.includes(code))
          problems.push({ field, reason: 'OUTSIDE_YOUR_STREETS', message: 'a supervisor registers for their streets' });
      }
      const hash = 'problem' in parsed ? null : this.hasher.hash('person', parsed.idNumber);
      if (hash && (await em.existsBy(ActingPerson, { idNumberHash: hash })))
        problems.push({
          field: 'input.idNumber',
          reason: 'ALREADY_REGISTERED',
          message: 'this person is already registered (已登记)',
        });
      if (problems.length || !hash || 'problem' in parsed) return new InputValidationError(problems);
      return em.save(
        em.create(ActingPerson, {
          name: input.name,
          kind: input.kind,
          streetCodes: streets,
          idNumberHash: hash,
          idNumberMasked: maskIdNumber(parsed.idNumber),
          active: true,
          registeredBy: viewer.id,
          registeredAt: this.clock.now(),
        }),
      );
    });
  }

  async file(
    viewer: Viewer,
    input: FilePersonNearRelativeInput,
  ): Promise<PersonNearRelativeFiling | InputValidationError | NotFoundError> {
    return this.db.transaction(async (em) => {
      const person = await this.byId(viewer, input.personId, em);
      if (!person || !canManage(viewer, person)) return new NotFoundError('ActingPerson', input.personId);
      const parsed = parseIdNumber(input.idNumber, this.clock.today());
      if ('problem' in parsed)
        return problem('input.idNumber', parsed.problem, `the ID number ${ID_PROBLEM_MESSAGES[parsed.problem]}`);
      if (input.note && ID_NUMBER.test(input.note))
        return problem('input.note', 'CONTAINS_ID_NUMBER', 'free text may not hold an ID number');
      const hash = this.hasher.hash('person', parsed.idNumber);
      if (hash === person.idNumberHash)
        return problem('input.idNumber', 'SAME_PERSON', 'a person is not their own near relative');
      const filed = { personId: person.id, relativeIdHash: hash, withdrawnAt: IsNull() };
      if (await em.existsBy(PersonNearRelativeFiling, filed))
        return problem('input.idNumber', 'ALREADY_FILED', 'this relative is already filed for this person (已备案)');
      return em.save(
        em.create(PersonNearRelativeFiling, {
          personId: person.id,
          relativeName: input.relativeName,
          relativeIdHash: hash,
          relativeIdNumberMasked: maskIdNumber(parsed.idNumber),
          relation: input.relation,
          filedOn: input.filedOn,
          note: input.note ?? null,
          filedBy: viewer.id,
          filedAt: this.clock.now(),
          withdrawnAt: null,
          withdrawnBy: null,
          withdrawReason: null,
        }),
      );
    });
  }

  async withdraw(
    viewer: Viewer,
    input: WithdrawPersonNearRelativeInput,
  ): Promise<PersonNearRelativeFiling | InputValidationError | NotFoundError | InvalidTransitionError> {
    if (ID_NUMBER.test(input.reason))
      return problem('input.reason', 'CONTAINS_ID_NUMBER', 'free text may not hold an ID number');
    return this.db.transaction(async (em) => {
      const filing = isUuid(input.filingId)
        ? await em.findOne(PersonNearRelativeFiling, {
            where: { id: input.filingId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      const person = filing && (await this.byId(viewer, filing.personId, em));
      if (!filing || !person || !canManage(viewer, person))
        return new NotFoundError('PersonNearRelativeFiling', input.filingId);
      if (filing.withdrawnAt) return new InvalidTransitionError('WITHDRAWN', 'WITHDRAWN', 'already withdrawn');
      Object.assign(filing, { withdrawnAt: this.clock.now(), withdrawnBy: viewer.id, withdrawReason: input.reason });
      return em.save(filing);
    });
  }

  /** Deactivate (or reactivate) an entry: a deactivated SUPERVISOR's sign-in is refused at once. */
  async setActive(viewer: Viewer, id: string, active: boolean): Promise<ActingPerson | NotFoundError> {
    return this.db.transaction(async (em) => {
      const person = await this.byId(viewer, id, em);
      if (!person || !canManage(viewer, person)) return new NotFoundError('ActingPerson', id);
      person.active = active;
      return em.save(person);
    });
  }

  /** The register entry behind a SUPERVISOR sign-in (one primary-key lookup), or null. */
  static async registerEntry(
    db: DataSource,
    id: string,
  ): Promise<Pick<ActingPerson, 'active' | 'streetCodes' | 'kind'> | null> {
    if (!isUuid(id)) return null;
    const rows: Array<{ active: boolean; street_codes: string[]; kind: ActingPerson['kind'] }> = await db.query(
      'SELECT active, street_codes, kind FROM acting_person WHERE id = $1',
      [id],
    );
    return rows[0] ? { active: rows[0].active, streetCodes: rows[0].street_codes, kind: rows[0].kind } : null;
  }
}
