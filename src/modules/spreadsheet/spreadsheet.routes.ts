// HTTP routes for spreadsheets, behind the same authentication as /graphql (src/http/app.ts):
//   GET  /spreadsheets/households/template.xlsx | template.csv   the import template (any signed-in role)
//   POST /spreadsheets/households/import[?dryRun=true]             body: the file, content-type text/csv or
//        .xlsx's; ADMIN any street, ADVISER their streets. 200 with the summary when applied or dry run;
//        422 with every problem by row and column when refused (nothing written).
//   GET  /exports/{needs|visits|referrals|plans|advisers}.{xlsx|csv}[?encoding=gb18030]   ADMIN, ADVISER
//   GET  /exports/funds.{xlsx|csv}?month=YYYY-MM[&districtCode=…]   the monthly fund-use report (POL-FND-2/3);
//        ADMIN, ADVISER and SUPERVISOR (their streets' funds)
// Every import and export is written to the access audit. Nothing from a cell is logged.
import express, { NextFunction, Request, Response, Router } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import type { SendError } from '../../common/send-error';
import type { Viewer } from '../../common/viewer';
import type { AdviserService } from '../adviser/adviser.service';
import { AccessAudit } from '../audit/audit.entity';
import { FundReportService } from '../fund/fund-report.service';
import { BatchRuns } from '../batch/batch-progress';
import type { HouseholdService } from '../household/household.service';
import type { MemberService } from '../household/member.service';
import type { ReferralService } from '../referral/referral.service';
import type { VisitService } from '../visit/visit.service';
import { EXPORTS, ExportName, ExportService } from './exports.service';
import { HouseholdImportService } from './household-import.service';
import { templateTable } from './household-template';
import type { SheetFormat } from '../../common/sheet-read';
import { SheetTable, tableToCsv, tableToXlsx } from './sheet-write';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Largest file an import takes (10 MiB: some 50 000 rows of CSV). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

type Req = Request & { id?: string; viewer?: Viewer };

async function send(res: Response, table: SheetTable, format: SheetFormat, filename: string, encoding?: string) {
  if (format === 'xlsx') {
    res.type(XLSX_TYPE);
    res.setHeader('content-disposition', `attachment; filename="${filename}.xlsx"`);
    return res.send(await tableToXlsx(table));
  }
  const gb = encoding === 'gb18030';
  res.type(`text/csv; charset=${gb ? 'gb18030' : 'utf-8'}`);
  res.setHeader('content-disposition', `attachment; filename="${filename}.csv"`);
  return res.send(tableToCsv(table, gb ? 'gb18030' : 'utf-8'));
}

/** What src/http passes in when it mounts the routes: the composed services and its error sender. */
export interface SpreadsheetRouteDeps {
  db: DataSource;
  clock: Clock;
  logger: Logger;
  services: {
    households: HouseholdService;
    members: MemberService;
    visits: VisitService;
    referrals: ReferralService;
    advisers: AdviserService;
  };
  sendError: SendError;
}

export function spreadsheetRouters({ db, clock, logger, services, sendError }: SpreadsheetRouteDeps) {
  const refuse = (res: Response, error: unknown) => {
    if (error instanceof DomainError && error.code === 'FORBIDDEN')
      return sendError(res, 403, 'FORBIDDEN', error.message);
    throw error;
  };
  const batches = new BatchRuns(db, clock, (err) => logger.warn({ err }, 'household import progress not recorded'));
  const imports = new HouseholdImportService(services.households, services.members, clock, batches);
  const exportService = new ExportService(db, services.visits, services.referrals, services.advisers, clock);
  const audit = (req: Req, row: Partial<AccessAudit>) =>
    db.getRepository(AccessAudit).insert({
      at: clock.now(),
      requestId: req.id ?? '',
      actorId: req.viewer!.id,
      actorRole: req.viewer!.role,
      objectType: null,
      objectId: null,
      fields: [],
      outcome: null,
      operation: null,
      ...row,
    } as AccessAudit);
  const wrap =
    (handler: (req: Req, res: Response) => Promise<unknown>) => (req: Req, res: Response, next: NextFunction) =>
      handler(req, res).catch(next);

  const spreadsheets = Router();
  spreadsheets.get(
    '/households/template.:format',
    wrap(async (req, res) => {
      const format = req.params.format;
      if (format !== 'xlsx' && format !== 'csv')
        return sendError(res, 404, 'NOT_FOUND', 'template.xlsx or template.csv');
      await send(res, templateTable(), format, 'household-template', String(req.query.encoding ?? ''));
    }),
  );
  spreadsheets.post(
    '/households/import',
    express.raw({ type: ['text/csv', XLSX_TYPE], limit: IMPORT_MAX_BYTES }),
    wrap(async (req, res) => {
      const format: SheetFormat | null = req.is(XLSX_TYPE) ? 'xlsx' : req.is('text/csv') ? 'csv' : null;
      if (!format || !Buffer.isBuffer(req.body))
        return sendError(res, 415, 'BAD_REQUEST', `Send the file as text/csv or ${XLSX_TYPE}.`);
      const dryRun = req.query.dryRun === 'true';
      if (req.query.dryRun !== undefined && !dryRun && req.query.dryRun !== 'false')
        return sendError(res, 400, 'BAD_REQUEST', 'dryRun must be true or false', {
          fieldErrors: [{ field: 'dryRun', reason: 'INVALID_VALUE', message: 'must be true or false' }],
        });
      let summary;
      try {
        summary = await imports.run(req.viewer!, req.body, format, { dryRun, requestId: req.id ?? '' });
      } catch (error) {
        return refuse(res, error);
      }
      if (!summary.applied)
        await audit(req, {
          action: 'WRITE',
          operation: 'importHouseholds',
          outcome: dryRun ? 'DRY_RUN' : 'REJECTED',
          fields: [`rows:${summary.rows}`, `problems:${summary.problems.length}`],
        });
      logger.info(
        {
          requestId: req.id,
          role: req.viewer!.role,
          dryRun,
          applied: summary.applied,
          rows: summary.rows,
          problems: summary.problems.length,
        },
        'household import',
      );
      res.status(summary.applied || dryRun ? 200 : 422).json(summary);
    }),
  );

  const fundReports = new FundReportService(db);
  /** 月度业务和资金使用报告 (POL-FND-2, POL-FND-3): one row per fund and purpose for the month. */
  async function fundReport(req: Req, res: Response, format: SheetFormat) {
    const month = typeof req.query.month === 'string' ? req.query.month : '';
    const district = typeof req.query.districtCode === 'string' ? req.query.districtCode : undefined;
    const encoding = req.query.encoding;
    if (encoding !== undefined && encoding !== 'gb18030' && encoding !== 'utf-8')
      return sendError(res, 400, 'BAD_REQUEST', 'encoding must be utf-8 or gb18030', {
        fieldErrors: [{ field: 'encoding', reason: 'INVALID_VALUE', message: 'must be utf-8 or gb18030' }],
      });
    let table;
    try {
      table = await fundReports.monthlyReport(req.viewer!, month, district);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'BAD_USER_INPUT')
        return sendError(res, 400, 'BAD_REQUEST', error.message, { fieldErrors: error.fieldErrors ?? [] });
      return refuse(res, error);
    }
    await audit(req, {
      action: 'EXPORT',
      operation: 'export:funds',
      fields: table.header,
      outcome: `rows:${table.rows.length}`,
    });
    await send(res, table, format, `funds-${month}`, encoding as string | undefined);
  }

  const exportRouter = Router();
  exportRouter.get(
    '/:file',
    wrap(async (req, res) => {
      const match = /^([a-z]+)\.(xlsx|csv)$/.exec(req.params.file as string);
      const name = match?.[1] as ExportName | undefined;
      if (match?.[1] === 'funds') return fundReport(req, res, match[2] as SheetFormat);
      if (!match || !EXPORTS.includes(name!))
        return sendError(res, 404, 'NOT_FOUND', `Exports: ${EXPORTS.map((e) => `${e}.xlsx, ${e}.csv`).join(', ')}`);
      const encoding = req.query.encoding;
      if (encoding !== undefined && encoding !== 'gb18030' && encoding !== 'utf-8')
        return sendError(res, 400, 'BAD_REQUEST', 'encoding must be utf-8 or gb18030', {
          fieldErrors: [{ field: 'encoding', reason: 'INVALID_VALUE', message: 'must be utf-8 or gb18030' }],
        });
      let table;
      try {
        table = await exportService.table(req.viewer!, name!);
      } catch (error) {
        return refuse(res, error);
      }
      await audit(req, {
        action: 'EXPORT',
        operation: `export:${name}`,
        fields: table.header,
        outcome: `rows:${table.rows.length}`,
      });
      await send(res, table, match[2] as SheetFormat, name!, encoding as string | undefined);
    }),
  );
  return { spreadsheets, exports: exportRouter };
}
