// Data-comparison warnings (动态监测预警): batch ingestion, idempotent by event id, all or nothing.
// Any malformed row rejects the whole batch with every problem listed (a half-right file is sent
// again whole, so nothing is half-applied); unmatched rows are stored as UNMATCHED and reported.
// Each matched warning flags its household for reassessment and a visit (through the schedule)
// and may raise a DATA_WARNING need. Raw ID numbers never appear in messages or logs.
import { DataSource, EntityManager, In } from 'typeorm';
import type { Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { isUuid } from '../../common/text';
import { Viewer } from '../../common/viewer';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { NeedCode } from '../reference/reference.entity';
import { Household } from '../household/household.entity';
import type { NeedReport } from '../need/need.events';
import { NeedService } from '../need/need.service';
import { Warning, WarningBatch } from './warning.entity';
import { WarningType } from './warning-type.entity';
import { checkWarningRows, WarningRow, WarningRowInput, WarningRowProblem } from './warning-rows';
import {
  CloseWarningInput,
  SaveWarningTypeInput,
  WarningBatchRejected,
  WarningBatchReport,
  WarningFilter,
  WarningRowReport,
} from './warning.types';
import { ListOrder, PageRequest, readPage } from '../../db/keyset';

/** Newest first, then file order; the id makes it unique (the indexes say the same directions). */
export const WARNING_ORDER: ListOrder = {
  list: 'warnings',
  keys: [
    { column: 'w.received_at', direction: 'DESC', type: 'timestamptz' },
    { column: 'w.line', direction: 'ASC', type: 'int' },
    { column: 'w.id', direction: 'ASC', type: 'uuid' },
  ],
};

export class WarningService {
  constructor(
    private readonly db: DataSource,
    private readonly needs: NeedService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /**
   * Ingests a batch. `shapeProblems` are problems found before the rows (CSV quoting, header); they reject the batch
   * too.
   */
  async ingest(
    viewer: Viewer,
    source: string,
    input: WarningRowInput[],
    shapeProblems: WarningRowProblem[] = [],
  ): Promise<WarningBatchReport | WarningBatchRejected> {
    const types = await this.types();
    const { rows, problems } = checkWarningRows(
      input,
      this.clock.today(),
      types.map((t) => t.code),
    );
    const all = [...shapeProblems, ...problems].sort((a, b) => a.line - b.line);
    if (all.length > 0) return new WarningBatchRejected(all);
    return this.db.transaction(async (em) => {
      const known = new Set(
        (await em.find(Warning, { select: { eventId: true }, where: { eventId: In(rows.map((r) => r.eventId)) } })).map(
          (w) => w.eventId,
        ),
      );
      const duplicates = rows.filter((r) => known.has(r.eventId)).map((r) => report(r, 'ALREADY_INGESTED'));
      const fresh = rows.filter((r) => !known.has(r.eventId));
      const matches = await matchMembers(
        em,
        fresh.map((r) => r.idNumber),
      );
      const now = this.clock.now();
      const batch = await em.save(
        em.create(WarningBatch, {
          source,
          receivedBy: viewer.id,
          rows: rows.length,
          matched: 0,
          unmatched: 0,
          duplicates: duplicates.length,
        }),
      );
      const unmatched: WarningRowReport[] = [];
      const warnings = fresh.map((row) => {
        const match = matches.get(row.idNumber);
        if (!match?.active) unmatched.push(report(row, match ? 'HOUSEHOLD_ARCHIVED' : 'NO_MEMBER'));
        return em.create(Warning, {
          eventId: row.eventId,
          batchId: batch.id,
          line: row.line,
          type: row.type,
          idNumber: row.idNumber,
          eventDate: row.date,
          detail: row.detail,
          memberId: match?.active ? match.memberId : null,
          householdId: match?.active ? match.householdId : null,
          status: match?.active ? 'OPEN' : 'UNMATCHED',
          needId: null,
          outcome: null,
          closingNote: null,
          receivedAt: now,
          matchedAt: match?.active ? now : null,
          closedAt: null,
        });
      });
      const matched = warnings.filter((w) => w.status === 'OPEN');
      const reports = await this.needReports(em, matched);
      if (warnings.length > 0) await em.getRepository(Warning).save(warnings, { chunk: 500 });
      await em.update(WarningBatch, { id: batch.id }, { matched: matched.length, unmatched: unmatched.length });
      await this.matched(em, viewer, matched, reports);
      return Object.assign(new WarningBatchReport(), {
        batch: Object.assign(batch, { matched: matched.length, unmatched: unmatched.length }),
        matched,
        unmatched,
        duplicates,
      });
    });
  }

  /** Tries UNMATCHED warnings again (e.g. after the person was registered); matched ones flag their households. */
  async matchAgain(viewer: Viewer): Promise<{ matched: number; stillUnmatched: number }> {
    return this.db.transaction(async (em) => {
      const waiting = await em.findBy(Warning, { status: 'UNMATCHED' });
      const matches = await matchMembers(
        em,
        waiting.map((w) => w.idNumber),
      );
      const now = this.clock.now();
      const matched = waiting
        .filter((w) => matches.get(w.idNumber)?.active)
        .map((w) => {
          const m = matches.get(w.idNumber)!;
          return Object.assign(w, { status: 'OPEN', memberId: m.memberId, householdId: m.householdId, matchedAt: now });
        });
      const reports = await this.needReports(em, matched);
      if (matched.length > 0) await em.getRepository(Warning).save(matched, { chunk: 500 });
      await this.matched(em, viewer, matched, reports);
      return { matched: matched.length, stillUnmatched: waiting.length - matched.length };
    });
  }

  async close(viewer: Viewer, input: CloseWarningInput): Promise<Warning | NotFoundError | InvalidTransitionError> {
    return this.db.transaction(async (em) => {
      const warning = isUuid(input.id) ? await em.findOneBy(Warning, { id: input.id }) : null;
      if (!warning || !(await canSeeWarning(em, viewer, warning))) return new NotFoundError('Warning', input.id);
      if (warning.status !== 'OPEN')
        return new InvalidTransitionError(warning.status, 'CLOSED', 'only an OPEN (matched) warning can be closed');
      Object.assign(warning, {
        status: 'CLOSED',
        outcome: input.outcome,
        closingNote: input.note,
        closedAt: this.clock.now(),
      });
      return em.save(warning);
    });
  }

  async list(viewer: Viewer, filter: WarningFilter, page: PageRequest) {
    const qb = this.db.getRepository(Warning).createQueryBuilder('w').leftJoin(Household, 'h', 'h.id = w.household_id');
    if (viewer.role === 'ADVISER') qb.andWhere('h.street_code IN (:...streets)', { streets: viewer.streetCodes });
    if (filter.status) qb.andWhere('w.status = :status', { status: filter.status });
    if (filter.householdId)
      qb.andWhere('w.household_id = :household', { household: isUuid(filter.householdId) ? filter.householdId : null });
    if (filter.batchId) qb.andWhere('w.batch_id = :batch', { batch: isUuid(filter.batchId) ? filter.batchId : null });
    if (filter.streetCode) qb.andWhere('h.street_code = :street', { street: filter.streetCode });
    return readPage(qb, WARNING_ORDER, page);
  }

  /** The warning types (reference data), in display order. */
  types(em: EntityManager = this.db.manager): Promise<WarningType[]> {
    return em.find(WarningType, { order: { position: 'ASC', code: 'ASC' } });
  }

  /** ADMIN: adds a warning type or changes one (POL-WRN-3: the compared items are configuration). */
  async saveType(input: SaveWarningTypeInput): Promise<WarningType | InputValidationError> {
    return this.db.transaction(async (em) => {
      if (
        input.needCode !== null &&
        input.needCode !== undefined &&
        !(await em.findOneBy(NeedCode, { code: input.needCode }))
      )
        return new InputValidationError([
          { field: 'input.needCode', reason: 'UNKNOWN_NEED_CODE', message: `no need code ${input.needCode} (N01–N28)` },
        ]);
      const existing = await em.findOneBy(WarningType, { code: input.code });
      const position =
        existing?.position ??
        ((await em.createQueryBuilder(WarningType, 't').select('max(t.position)', 'p').getRawOne())?.p ?? 0) + 1;
      return em.save(
        em.create(WarningType, {
          code: input.code,
          nameZh: input.nameZh,
          nameEn: input.nameEn,
          needCode: input.needCode ?? null,
          description: input.description,
          position,
        }),
      );
    });
  }

  /**
   * Publishes WarningMatched for warnings just matched and saved: the visit schedule flags their
   * households, and the needs list writes their DATA_WARNING needs, recorded as raised by whoever
   * ingested the batch (the household was matched by ID number, not chosen by a viewer).
   */
  private async matched(em: EntityManager, viewer: Viewer, warnings: Warning[], reports: NeedReport[]): Promise<void> {
    if (warnings.length === 0) return;
    const householdIds = [...new Set(warnings.map((w) => w.householdId!))];
    await this.events.publish(em, 'WarningMatched', {
      householdIds,
      warningIds: warnings.map((w) => w.id),
      needs: { actorId: viewer.id, at: this.clock.now(), reports, moves: [] },
    });
  }

  // One DATA_WARNING need per type that names one; NEED-6 merges repeats into the active row (the
  // need module picks its id, needIdsForReports). Sets each warning's needId before the caller saves
  // the warnings, so no second write per warning; the needs themselves travel on WarningMatched.
  private async needReports(em: EntityManager, warnings: Warning[]): Promise<NeedReport[]> {
    const needOf = new Map((await this.types(em)).map((t) => [t.code, t.needCode]));
    const idOf = new Map<string, string>(); // household and code → need id, across this batch
    const reports: NeedReport[] = [];
    for (const warning of warnings) {
      const code = needOf.get(warning.type);
      if (!code) continue;
      const unknown = await this.needs.checkCode(em, code);
      if (unknown) throw new Error(`could not raise ${code} for warning ${warning.eventId}: ${unknown.message}`);
      const householdId = warning.householdId!;
      const key = `${householdId} ${code}`;
      const needId = idOf.get(key) ?? (await this.needs.needIdsForReports(em, householdId, [code])).get(code)!;
      idOf.set(key, needId);
      const detail = warning.detail ? `: ${warning.detail}` : '';
      const note = `预警 ${warning.type} ${warning.eventDate} (event ${warning.eventId})${detail}`;
      reports.push({ needId, householdId, code, source: 'DATA_WARNING', urgency: 'ORDINARY', note });
      warning.needId = needId;
    }
    return reports;
  }
}

async function matchMembers(
  em: EntityManager,
  idNumbers: string[],
): Promise<Map<string, { memberId: string; householdId: string; active: boolean }>> {
  if (idNumbers.length === 0) return new Map();
  const rows: Array<{ id_number: string; member_id: string; household_id: string; active: boolean }> = await em.query(
    `SELECT m.id_number, m.id AS member_id, m.household_id, h.status = 'ACTIVE' AS active FROM member m
      JOIN household h ON h.id = m.household_id
      WHERE m.id_number = ANY($1::varchar[])`,
    [[...new Set(idNumbers)]],
  );
  return new Map(
    rows.map((r) => [r.id_number, { memberId: r.member_id, householdId: r.household_id, active: r.active }]),
  );
}

async function canSeeWarning(em: EntityManager, viewer: Viewer, warning: Warning): Promise<boolean> {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'ADVISER' || !warning.householdId) return false;
  const household = await em.findOneBy(Household, { id: warning.householdId });
  return !!household && viewer.streetCodes.includes(household.streetCode);
}

const report = (row: WarningRow, reason: string) =>
  Object.assign(new WarningRowReport(), { line: row.line, eventId: row.eventId, reason });
