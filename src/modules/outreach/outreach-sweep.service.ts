// runOutreachSweep: the households of a street, a district or the city, streamed in keyset chunks by
// (street_code, id) (one transaction per chunk), each chunk's facts read once, evaluated household by
// household (outreach-facts.ts) and its leads bulk-written (outreach-write.ts). Idempotent: run again on
// the same facts, it raises nothing. A sweep stopped halfway keeps the chunks it committed; running it
// again completes it. Who may: ADMIN (district staff, 区民政) anywhere; an ADVISER one of their own streets.
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { InputValidationError } from '../../graphql/errors';
import type { AssessmentService } from '../assessment/assessment.service';
import { District, Street } from '../geo/geo.entity';
import { Household } from '../household/household.entity';
import { standardInForce } from '../reference/reference.service';
import { LeadAssigner } from './outreach-assign';
import { evaluateHousehold, readChunk } from './outreach-facts';
import { loadSchemes } from './outreach-schemes';
import { writeChunk } from './outreach-write';
import { OutreachSweepReport, SweepInput } from './outreach.types';

export const SWEEP_CHUNK = 500;

export class OutreachSweepService {
  constructor(
    private readonly db: DataSource,
    private readonly assessments: AssessmentService,
    private readonly clock: Clock,
  ) {}

  async run(
    viewer: Viewer,
    input: SweepInput,
    { chunk = SWEEP_CHUNK, onChunk }: { chunk?: number; onChunk?: (report: OutreachSweepReport) => void } = {},
  ): Promise<OutreachSweepReport | InputValidationError> {
    const problem = await this.checkScope(viewer, input);
    if (problem) return problem;
    const asOf = this.clock.today();
    const em = this.db.manager;
    const [standard, schemes] = [await standardInForce(em, asOf), await loadSchemes(em)];
    const assigner = new LeadAssigner();
    const report = Object.assign(new OutreachSweepReport(), {
      level: input.level,
      code: input.code ?? null,
      asOf,
      households: 0,
      raised: 0,
      unchanged: 0,
      superseded: 0,
      unassigned: 0,
      raisedByGroup: [1, 2, 3, 4].map((group) => ({ group, count: 0 })),
    });
    for (let last = { streetCode: '', id: '00000000-0000-0000-0000-000000000000' }; ;) {
      const page = await this.page(em, input, last, chunk);
      if (page.length === 0) break;
      last = page[page.length - 1];
      const now = this.clock.now();
      const written = await this.db.transaction(async (tx) => {
        const rows = await readChunk(tx, this.assessments, page, asOf, standard);
        const leads = rows.map((row) => ({
          household: row.household,
          drafts: evaluateHousehold(row, schemes, standard),
        }));
        return writeChunk(tx, leads, assigner, viewer.id, now);
      });
      report.households += page.length;
      report.unchanged += written.unchanged;
      report.superseded += written.superseded;
      report.unassigned += written.unassigned;
      for (const g of report.raisedByGroup) g.count += written.raised[g.group];
      report.raised += written.raised.reduce((a, b) => a + b, 0);
      onChunk?.(report);
    }
    return report;
  }

  /** The next chunk in (street_code, id) order: a keyset on the partial index of active households. */
  private page(
    em: EntityManager,
    input: SweepInput,
    last: { streetCode: string; id: string },
    chunk: number,
  ): Promise<Household[]> {
    const qb = em
      .getRepository(Household)
      .createQueryBuilder('h')
      .where(`h.status = 'ACTIVE' AND (h.street_code, h.id) > (:street, :id)`, {
        street: last.streetCode,
        id: last.id,
      });
    if (input.level === 'STREET') qb.andWhere('h.street_code = :code', { code: input.code });
    if (input.level === 'DISTRICT')
      qb.andWhere('h.street_code >= :code AND h.street_code < :next', {
        code: input.code,
        next: String(Number(input.code) + 1).padStart(6, '0'),
      });
    return qb.orderBy('h.street_code').addOrderBy('h.id').take(chunk).getMany();
  }

  /** The scope exists and is the caller's: an ADVISER only a street of theirs (FORBIDDEN otherwise). */
  private async checkScope(viewer: Viewer, input: SweepInput): Promise<InputValidationError | null> {
    if (viewer.role === 'ADVISER' && !(input.level === 'STREET' && viewer.streetCodes.includes(input.code ?? '')))
      throw new DomainError('FORBIDDEN', 'an adviser may sweep only one of their own streets (level STREET)');
    const refuse = (reason: string, message: string) =>
      new InputValidationError([{ field: 'input.code', reason, message }]);
    if (input.level === 'CITY') return input.code == null ? null : refuse('NOT_ALLOWED', 'a CITY sweep takes no code');
    const digits = input.level === 'STREET' ? 9 : 6;
    if (!input.code || !new RegExp(`^\\d{${digits}}$`).test(input.code))
      return refuse('INVALID_FORMAT', `a ${input.level} code has ${digits} digits`);
    const found =
      input.level === 'STREET'
        ? await this.db.manager.existsBy(Street, { code: input.code })
        : await this.db.manager.existsBy(District, { code: input.code });
    return found ? null : refuse('UNKNOWN_CODE', `no ${input.level.toLowerCase()} ${input.code}`);
  }
}
