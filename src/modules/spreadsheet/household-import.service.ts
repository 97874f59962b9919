// Importing a household list: a dry run or an all-or-nothing apply, both through the registry's own
// services (createWithin, updateWithin, addWithin) on one transaction, so the dry run reports exactly
// what the apply would refuse: the dry run is the apply, rolled back. A household some of whose ID
// numbers are already registered is updated (found by ID number), never duplicated.
import { EntityManager, In } from 'typeorm';
import type { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import { parseIdNumber } from '../../common/id-number';
import { canSeeStreet, Viewer } from '../../common/viewer';
import { ErrorCode, ErrorResult } from '../../graphql/errors';
import { AccessAudit } from '../audit/audit.entity';
import type { BatchProgress, BatchRuns } from '../batch/batch-progress';
import type { AuditRow } from '../audit/audit-trail';
import { Household } from '../household/household.entity';
import type { HouseholdService } from '../household/household.service';
import { Member } from '../household/member.entity';
import type { MemberService } from '../household/member.service';
import { HOUSEHOLD_COLUMNS } from './household-columns';
import {
  createInput,
  memberPatch,
  newMemberInput,
  toImportProblems,
  updateInput,
  validateInput,
} from './household-inputs';
import { HouseholdDraft, householdDrafts } from './household-rows';
import { byRowAndColumn, ImportProblem, problem } from './import-problems';
import { readSheet, SheetFormat, TextEncoding } from '../../common/sheet-read';

export interface ImportSummary {
  dryRun: boolean;
  /** True when the rows were written (never on a dry run, never with a problem). */
  applied: boolean;
  format: SheetFormat;
  encoding: TextEncoding | null;
  rows: number;
  households: { created: number; updated: number };
  members: { created: number; updated: number };
  problems: ImportProblem[];
}

/** Rolls the transaction back (allOrNothing) while carrying the summary out. */
class Rollback extends ErrorResult {
  constructor(readonly summary: ImportSummary) {
    super();
    this.errorCode = ErrorCode.INVALID_INPUT;
    this.message = 'rolled back';
  }
}

const column = (key: string) => HOUSEHOLD_COLUMNS.find((c) => c.key === key)!;

export class HouseholdImportService {
  constructor(
    private readonly households: HouseholdService,
    private readonly members: MemberService,
    private readonly clock: Clock,
    /** Where an applying import reports its progress (kind 'household_import'); none: not reported. */
    private readonly batches?: BatchRuns,
  ) {}

  async run(
    viewer: Viewer,
    bytes: Uint8Array,
    format: SheetFormat,
    options: { dryRun: boolean; requestId: string },
  ): Promise<ImportSummary> {
    if (viewer.role !== 'ADMIN' && viewer.role !== 'ADVISER')
      throw new DomainError('FORBIDDEN', 'Only ADMIN and ADVISER may import households');
    const sheet = await readSheet(bytes, format);
    const { drafts, problems } = householdDrafts(sheet);
    const summary: ImportSummary = {
      dryRun: options.dryRun,
      applied: false,
      format,
      encoding: sheet.encoding,
      rows: drafts.reduce((n, d) => n + d.members.length, 0),
      households: { created: 0, updated: 0 },
      members: { created: 0, updated: 0 },
      problems,
    };
    const audit: AuditRow[] = [];
    // An applying import is a batch (items: the file's households); a dry run only checks.
    const run = options.dryRun ? undefined : await this.batches?.start('household_import', drafts.length);
    let outcome;
    try {
      outcome = await this.households.write(async (em) => {
        await this.writeAll(em, viewer, drafts, summary, audit, run);
        summary.problems.sort(byRowAndColumn);
        if (summary.problems.length > 0 || options.dryRun) return new Rollback(summary);
        summary.applied = true;
        await em.getRepository(AccessAudit).insert(audit.map((row) => ({ ...row, requestId: options.requestId })));
        return summary;
      });
    } catch (error) {
      await run?.fail();
      throw error;
    }
    const applied = summary.applied && !(outcome instanceof ErrorResult);
    await (applied ? run?.finish() : run?.fail()); // refused: nothing was written
    if (outcome instanceof Rollback) return outcome.summary;
    if (outcome instanceof ErrorResult) {
      // A unique-index race with a concurrent write: nothing was written.
      summary.problems.push(problem(0, column('idNumber'), 'ALREADY_REGISTERED', outcome.message));
      return summary;
    }
    return outcome;
  }

  private async writeAll(
    em: EntityManager,
    viewer: Viewer,
    drafts: HouseholdDraft[],
    summary: ImportSummary,
    audit: AuditRow[],
    run: BatchProgress | undefined,
  ) {
    const today = this.clock.today();
    const rowsWithProblems = new Set(summary.problems.map((p) => p.row));
    const existing = await this.registeredMembers(em, drafts, today);
    const seenIn = new Map<string, string>();
    for (const draft of drafts) {
      const own: ImportProblem[] = [];
      // The same person twice in one file, in two households: which one is meant cannot be guessed.
      for (const member of draft.members) {
        const id = validId(member.values.get('idNumber'), today);
        if (!id) continue;
        const other = seenIn.get(id);
        if (other !== undefined && other !== draft.key)
          own.push(
            problem(
              member.row,
              column('idNumber'),
              'ID_IN_OTHER_GROUP',
              'the same ID number is in another household of this file',
            ),
          );
        else seenIn.set(id, draft.key);
      }
      if (draft.values.has('categoriesSince') && !draft.values.has('categories'))
        own.push(
          problem(draft.row, column('categoriesSince'), 'INCONSISTENT', 'a date needs the categories it applies to'),
        );
      own.push(...(await this.checkStreet(em, viewer, draft)));
      const householdIds = new Set(
        draft.members
          .map((m) => existing.get(validId(m.values.get('idNumber'), today) ?? '')?.householdId)
          .filter(Boolean),
      );
      if (householdIds.size > 1)
        own.push(
          problem(
            draft.row,
            column('idNumber'),
            'MIXED_HOUSEHOLDS',
            "the household's ID numbers are registered in different households",
          ),
        );
      if (own.length > 0 || draft.members.some((m) => rowsWithProblems.has(m.row))) {
        summary.problems.push(...own);
        run?.advance(0, 1);
        continue;
      }
      const [householdId] = [...householdIds] as string[];
      const written = householdId
        ? await this.update(em, viewer, draft, householdId, existing, today, summary)
        : await this.create(em, viewer, draft, today, summary);
      run?.advance(written ? 1 : 0, written ? 0 : 1);
      if (written)
        audit.push({
          at: this.clock.now(),
          requestId: '',
          actorId: viewer.id,
          actorRole: viewer.role,
          action: 'WRITE',
          operation: 'importHouseholds',
          objectType: 'Household',
          objectId: written,
          fields: [...new Set([...draft.values.keys(), ...draft.members.flatMap((m) => [...m.values.keys()])])],
          outcome: householdId ? 'UPDATED' : 'CREATED',
        });
    }
  }

  /** Members already registered under the file's (valid) ID numbers, by ID number. */
  private async registeredMembers(em: EntityManager, drafts: HouseholdDraft[], today: string) {
    const ids = drafts
      .flatMap((d) => d.members.map((m) => validId(m.values.get('idNumber'), today)))
      .filter((id): id is string => !!id);
    const found = new Map<string, Member>();
    for (let i = 0; i < ids.length; i += 1000)
      for (const member of await em.find(Member, { where: { idNumber: In(ids.slice(i, i + 1000)) } }))
        found.set(member.idNumber, member);
    return found;
  }

  private async checkStreet(em: EntityManager, viewer: Viewer, draft: HouseholdDraft): Promise<ImportProblem[]> {
    const code = draft.values.get('streetCode');
    if (typeof code !== 'string') return [];
    try {
      const found = await this.households.checkStreet(em, viewer, code, 'input.streetCode');
      return toImportProblems(draft, found);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'FORBIDDEN') throw error;
      return [problem(draft.row, column('streetCode'), 'FORBIDDEN_STREET', 'this street is outside your streets')];
    }
  }

  private async create(
    em: EntityManager,
    viewer: Viewer,
    draft: HouseholdDraft,
    today: string,
    summary: ImportSummary,
  ) {
    const input = createInput(draft);
    const invalid = await validateInput(input, today);
    if (invalid.length > 0) return void summary.problems.push(...toImportProblems(draft, invalid));
    const result = await this.households.createWithin(em, viewer, input);
    if (result instanceof ErrorResult) return void summary.problems.push(...this.problemsOf(draft, result, (f) => f));
    summary.households.created++;
    summary.members.created += draft.members.length;
    return result.id;
  }

  private async update(
    em: EntityManager,
    viewer: Viewer,
    draft: HouseholdDraft,
    householdId: string,
    existing: Map<string, Member>,
    today: string,
    summary: ImportSummary,
  ) {
    const household = await em.findOneBy(Household, { id: householdId });
    if (!household || !canSeeStreet(viewer, household.streetCode)) {
      summary.problems.push(
        problem(
          draft.row,
          column('idNumber'),
          'ALREADY_REGISTERED',
          'already registered in a household outside your streets',
        ),
      );
      return;
    }
    const input = updateInput(draft, householdId);
    const before = summary.problems.length;
    const invalid = await validateInput(input, today);
    summary.problems.push(...toImportProblems(draft, invalid));
    const patches = draft.members.map((member, i) => {
      const registered = existing.get(validId(member.values.get('idNumber'), today) ?? '');
      return { i, member, registered };
    });
    for (const { i, member, registered } of patches) {
      const memberInput = registered ? memberPatch(member, registered.id) : newMemberInput(member);
      const found = await validateInput(memberInput, today, `input.members.${i}`);
      summary.problems.push(...toImportProblems(draft, found));
    }
    if (summary.problems.length > before) return;
    const result = await this.households.updateWithin(em, viewer, input);
    if (result instanceof ErrorResult) return void summary.problems.push(...this.problemsOf(draft, result, (f) => f));
    // The street is checked as the household's; then the members, head changes last so a swap does not collide.
    for (const { i, member, registered } of patches) {
      const at = (field: string) => field.replace(/^input(\.member)?/, `input.members.${i}`);
      const outcome = registered
        ? await this.members.updateWithin(em, viewer, memberPatch(member, registered.id))
        : await this.members.addWithin(em, viewer, { householdId, member: newMemberInput(member) });
      if (outcome instanceof ErrorResult) summary.problems.push(...this.problemsOf(draft, outcome, at));
      else if (registered) summary.members.updated++;
      else summary.members.created++;
    }
    if (summary.problems.length > before) return;
    summary.households.updated++;
    return householdId;
  }

  private problemsOf(draft: HouseholdDraft, result: ErrorResult, at: (field: string) => string): ImportProblem[] {
    const fieldErrors = (result as { fieldErrors?: { field: string; reason: string; message: string }[] }).fieldErrors;
    if (fieldErrors)
      return toImportProblems(
        draft,
        fieldErrors.map((p) => ({ ...p, field: at(p.field) })),
      );
    return [problem(draft.row, null, result.errorCode, result.message)];
  }
}

function validId(value: unknown, today: string): string | null {
  if (typeof value !== 'string') return null;
  const parsed = parseIdNumber(value, today);
  return 'problem' in parsed ? null : parsed.idNumber;
}
