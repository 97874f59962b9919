// GET /plans/{id}/print[?format=pdf][&token=…]: the printed plan (一户一策方案), an A4 page in Chinese.
// Authenticated like /graphql (bearer token), or by a signed link from the printLink mutation (打印链接)
// for browsers that cannot send a header; authorized like GraphQL `plan(id)`: PARTNER and VIEWER 403,
// a plan outside the viewer's streets 404. Every print is written to the access audit.
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import type { SendError } from '../../common/send-error';
import type { Viewer } from '../../common/viewer';
import { AccessAudit } from '../audit/audit.entity';
import type { PlanService } from '../plan/plan.service';
import { htmlToPdf, PdfUnavailableError } from './pdf';
import { PrintService } from './print-data';
import { renderPlanHtml } from './print-html';
import type { PrintLinks } from './print-link';

type Req = Request & { id?: string; viewer?: Viewer };
type Middleware = (req: Req, res: Response, next: NextFunction) => unknown;

// The page loads nothing: no scripts, no outside styles or fonts, no frames.
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** ?token=… is checked against the signed link; otherwise the bearer authentication runs. */
export function linkOrBearer(links: PrintLinks, bearer: Middleware[], sendError: SendError): Middleware {
  return (req, res, next) => {
    const token = req.query.token;
    if (token === undefined) {
      const [first, ...rest] = bearer;
      const chain = (i: number, list: Middleware[]) => (error?: unknown) =>
        error ? next(error) : i < list.length ? list[i](req, res, chain(i + 1, list)) : next();
      return first(req, res, chain(0, rest));
    }
    const viewer = typeof token === 'string' ? links.verify(token, String(req.params.id)) : null;
    if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED', 'The print link is invalid or has expired');
    req.viewer = viewer;
    next();
  };
}

/** What src/http passes in when it mounts the route: the plans service and its error sender among them. */
export interface PrintRouteDeps {
  db: DataSource;
  plans: PlanService;
  links: PrintLinks;
  clock: Clock;
  logger: Logger;
  sendError: SendError;
}

export function printRouter({ db, plans, links, clock, logger, sendError }: PrintRouteDeps) {
  const service = new PrintService(db, plans);
  return (auth: Middleware[]) => {
    const router = Router();
    router.get('/:id/print', linkOrBearer(links, auth, sendError), (req: Req, res: Response, next: NextFunction) =>
      (async () => {
        const format = req.query.format ?? 'html';
        if (format !== 'html' && format !== 'pdf')
          return sendError(res, 400, 'BAD_REQUEST', 'format must be html or pdf', {
            field: 'format',
            reason: 'INVALID',
          });
        const viewer = req.viewer!;
        const outcome = await service.load(viewer, req.params.id as string);
        if ('refused' in outcome)
          return outcome.refused === 'FORBIDDEN'
            ? sendError(res, 403, 'FORBIDDEN', 'Only an administrator or the household’s adviser may print a plan')
            : sendError(res, 404, 'NOT_FOUND', `Plan ${req.params.id} not found`);
        await db.getRepository(AccessAudit).insert({
          at: clock.now(),
          requestId: req.id ?? '',
          actorId: viewer.id,
          actorRole: viewer.role,
          action: 'EXPORT',
          objectType: 'Plan',
          objectId: outcome.data.plan.id,
          fields: [],
          outcome: null,
          operation: `printPlan:${format}`,
        });
        const html = renderPlanHtml(outcome.data);
        res.setHeader('cache-control', 'no-store');
        res.setHeader('referrer-policy', 'no-referrer');
        res.setHeader('x-content-type-options', 'nosniff');
        if (format === 'html') {
          res.setHeader('content-security-policy', PAGE_CSP);
          return res.type('text/html; charset=utf-8').send(html);
        }
        try {
          const pdf = await htmlToPdf(html);
          res.type('application/pdf');
          res.setHeader('content-disposition', `inline; filename="plan-${outcome.data.plan.id}.pdf"`);
          return res.send(pdf);
        } catch (error) {
          if (!(error instanceof PdfUnavailableError)) throw error;
          logger.warn({ requestId: req.id }, 'PDF requested but Chromium is not installed');
          return sendError(res, 503, 'PDF_UNAVAILABLE', 'PDF rendering is not available on this server (no Chromium)');
        }
      })().catch(next),
    );
    return router;
  };
}
