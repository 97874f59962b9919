// The HSDS 3.0 API (Open Referral "HSDA", schema/openapi.json), read-only, over the published
// catalogue: /services, /services/{id}, /organizations, /organizations/{id}, /taxonomies,
// /taxonomy_terms and their {id}s, and / (the API's meta information). Pages carry the OpenAPI
// "Page" envelope (total_items, total_pages, page_number, size, first_page, last_page, empty,
// contents); format=ndjson streams every result without paging. Unknown or malformed parameters
// are refused (400) naming the parameter. Open to anyone, or to any valid bearer token, as
// HSDS_API_ACCESS says (src/config.ts).
import { NextFunction, Request, Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { FieldProblem } from '../../common/domain-error';
import { HsdsApiAccess, loadConfig } from '../../config';
import type { OidcVerifier } from '../../auth/oidc';
import { resolveViewer } from '../../auth/resolve-viewer';
import { HsdsCatalogueService, Paging } from './hsds-catalogue.service';
import { EXTENSION_TERMS, EXTENSIONS_TAXONOMY_DETAIL, ExtensionCode, extensionTerm } from './hsds-extensions';
import {
  NEEDS_TAXONOMY_DETAIL,
  needTerm,
  organizationFields,
  organizationRecord,
  serviceFields,
  serviceListItem,
  serviceRecord,
} from './hsds-export';
import { HSDS_OPENAPI_URL, HSDS_VERSION } from './hsds-ids';
import type { Json } from './hsds-reader';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;

type ParamType = 'string' | 'integer' | 'boolean' | 'datetime' | 'format';
const PAGING = { page: 'integer', per_page: 'integer', format: 'format' } as const;
const PARAMS = {
  none: {},
  services: {
    ...PAGING,
    search: 'string',
    taxonomy_term_id: 'string',
    taxonomy_id: 'string',
    organization_id: 'string',
    modified_after: 'datetime',
    minimal: 'boolean',
    full: 'boolean',
  },
  organizations: { ...PAGING, search: 'string', full: 'boolean', full_service: 'boolean' },
  organization: { full_service: 'boolean' },
  taxonomies: { ...PAGING, search: 'string' },
  taxonomyTerms: { ...PAGING, search: 'string', taxonomy_id: 'string', top_only: 'boolean', parent_id: 'string' },
} satisfies Record<string, Record<string, ParamType>>;
type Query = { [key: string]: string | number | boolean | Date | undefined };

class BadRequest extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
}

export interface HsdsRouterOptions {
  db: DataSource;
  jwtSecret: string;
  logger: Logger;
  /** Defaults to HSDS_API_ACCESS (src/config.ts). */
  access?: HsdsApiAccess;
  /** Defaults to TOKEN_MAX_LIFETIME_SECONDS (src/config.ts). */
  tokenMaxLifetimeSeconds?: number;
  /** Production sign-in: only the identity provider's tokens are accepted (src/auth/oidc.ts). */
  oidc?: OidcVerifier | null;
}

export function hsdsRouter(options: HsdsRouterOptions) {
  const { db, jwtSecret, logger } = options;
  const config = options.access && options.tokenMaxLifetimeSeconds ? null : loadConfig();
  const access = options.access ?? config!.hsdsApiAccess;
  const tokenMaxLifetimeSeconds = options.tokenMaxLifetimeSeconds ?? config!.security.tokenMaxLifetimeSeconds;
  const catalogue = new HsdsCatalogueService(db);
  const router = Router();
  const get = (
    path: string,
    params: Record<string, ParamType>,
    handle: (q: Query, req: Request, res: Response) => Promise<unknown>,
  ) =>
    router.get(path, async (req, res, next) => {
      try {
        await handle(readQuery(req, params), req, res);
      } catch (error) {
        next(error);
      }
    });
  if (access === 'token') router.use(requireToken(db, jwtSecret, tokenMaxLifetimeSeconds, options.oidc ?? null));

  get('/', PARAMS.none, async (_q, _req, res) => {
    res.json({ version: HSDS_VERSION, openapi_url: HSDS_OPENAPI_URL });
  });

  get('/services', PARAMS.services, async (q, _req, res) => {
    const filter = {
      search: q.search as string | undefined,
      taxonomyTermId: q.taxonomy_term_id as string | undefined,
      taxonomyId: q.taxonomy_id as string | undefined,
      organizationId: q.organization_id as string | undefined,
      modifiedAfter: q.modified_after as Date | undefined,
    };
    await respond(res, q, async (paging) => {
      const { items, total, providers, ctx } = await catalogue.services({ ...filter, ...paging });
      const contents = items.map((r) => {
        const provider = providers.get(r.providerId)!;
        if (q.minimal) return { id: r.id, last_modified: serviceFields(r, ctx).last_modified };
        return q.full ? serviceRecord(r, provider, ctx, true) : serviceListItem(r, provider, ctx);
      });
      return { contents, total };
    });
  });

  get('/services/:id', PARAMS.none, async (_q, req, res) => {
    const found = await catalogue.service(String(req.params.id));
    if (!found) return notFound(res, `no service ${req.params.id} in the published catalogue`);
    res.json(serviceRecord(found.resource, found.provider, found.ctx, true));
  });

  get('/organizations', PARAMS.organizations, async (q, _req, res) => {
    const full = Boolean(q.full || q.full_service);
    await respond(res, q, async (paging) => {
      const { items, total, services, ctx } = await catalogue.organizations(
        { search: q.search as string | undefined, withServices: full },
        paging,
      );
      const contents = items.map((p) =>
        full ? organizationRecord(p, services.get(p.id)!, ctx, Boolean(q.full_service)) : organizationFields(p),
      );
      return { contents, total };
    });
  });

  get('/organizations/:id', PARAMS.organization, async (q, req, res) => {
    const found = await catalogue.organization(String(req.params.id));
    if (!found) return notFound(res, `no organization ${req.params.id} in the published catalogue`);
    res.json(organizationRecord(found.provider, found.services, found.ctx, Boolean(q.full_service)));
  });

  const taxonomies = () => [NEEDS_TAXONOMY_DETAIL, EXTENSIONS_TAXONOMY_DETAIL] as Json[];
  const terms = async () => [
    ...(await catalogue.needCodes()).map((n) => needTerm(n.code, n)),
    ...(Object.keys(EXTENSION_TERMS) as ExtensionCode[]).map(extensionTerm),
  ];
  get('/taxonomies', PARAMS.taxonomies, async (q, _req, res) => {
    await respond(res, q, async (paging) => slice(taxonomies().filter(matches(q.search)), paging));
  });
  get('/taxonomies/:id', PARAMS.none, async (_q, req, res) => {
    const found = taxonomies().find((t) => t.id === req.params.id);
    return found ? res.json(found) : notFound(res, `no taxonomy ${req.params.id}`);
  });
  get('/taxonomy_terms', PARAMS.taxonomyTerms, async (q, _req, res) => {
    // The terms have no parents: every one is a top term (top_only changes nothing), none has a parent.
    const inTaxonomy = (t: Json) => !q.taxonomy_id || (t.taxonomy_detail as Json).id === q.taxonomy_id;
    const found = q.parent_id ? [] : (await terms()).filter((t) => matches(q.search)(t) && inTaxonomy(t));
    await respond(res, q, async (paging) => slice(found, paging));
  });
  get('/taxonomy_terms/:id', PARAMS.none, async (_q, req, res) => {
    const found = (await terms()).find((t) => t.id === req.params.id);
    return found ? res.json(found) : notFound(res, `no taxonomy term ${req.params.id}`);
  });

  router.use((req, res) => notFound(res, `no HSDS endpoint ${req.method} ${req.baseUrl}${req.path}`));
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof BadRequest)
      return res.status(400).json({ code: 'BAD_USER_INPUT', message: error.message, fieldErrors: error.problems });
    logger.error({ err: error }, 'HSDS API error');
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  });
  return router;
}

/** A page in the OpenAPI envelope, or (format=ndjson) every result, one JSON record a line. */
async function respond(res: Response, q: Query, fetch: (p: Paging) => Promise<{ contents: Json[]; total: number }>) {
  if (q.format === 'ndjson') {
    res.type('application/x-ndjson');
    for (let page = 1; ; page++) {
      const { contents, total } = await fetch({ page, perPage: MAX_PER_PAGE });
      for (const record of contents) res.write(`${JSON.stringify(record)}\n`);
      if (page * MAX_PER_PAGE >= total) return void res.end();
    }
  }
  const paging = {
    page: (q.page as number | undefined) ?? 1,
    perPage: (q.per_page as number | undefined) ?? DEFAULT_PER_PAGE,
  };
  const { contents, total } = await fetch(paging);
  const totalPages = Math.ceil(total / paging.perPage);
  res.json({
    total_items: total,
    total_pages: totalPages,
    page_number: paging.page,
    size: contents.length,
    first_page: paging.page === 1,
    last_page: paging.page >= totalPages,
    empty: total === 0,
    contents,
  });
}

const slice = (all: Json[], p: Paging) => ({
  contents: all.slice((p.page - 1) * p.perPage, p.page * p.perPage),
  total: all.length,
});
const matches = (search: unknown) => (t: Json) =>
  typeof search !== 'string' || `${t.name} ${t.description}`.toLowerCase().includes(search.toLowerCase());

function readQuery(req: Request, params: Record<string, ParamType>): Query {
  const problems: FieldProblem[] = [];
  const out: Query = {};
  for (const [name, raw] of Object.entries(req.query)) {
    const type = params[name];
    const fail = (reason: string, message: string) => problems.push({ field: name, reason, message });
    if (!type) fail('UNKNOWN_PARAMETER', `${name} is not a parameter of this endpoint`);
    else if (typeof raw !== 'string') fail('REPEATED', `${name} is given more than once`);
    else if (type === 'integer') {
      const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
      const max = name === 'per_page' ? MAX_PER_PAGE : Number.MAX_SAFE_INTEGER;
      if (!(n >= 1 && n <= max)) fail('INVALID_NUMBER', `${name} is a whole number from 1 to ${max}`);
      else out[name] = n;
    } else if (type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') fail('INVALID_BOOLEAN', `${name} is true or false`);
      else out[name] = raw === 'true';
    } else if (type === 'datetime') {
      const at = /^\d{4}-\d{2}-\d{2}/.test(raw) ? new Date(raw) : new Date(NaN);
      if (Number.isNaN(at.getTime())) fail('INVALID_DATETIME', `${name} is an ISO 8601 date-time`);
      else out[name] = at;
    } else if (type === 'format') {
      if (raw !== 'json' && raw !== 'ndjson') fail('NOT_ALLOWED', `${name} is json or ndjson`);
      else out[name] = raw;
    } else if (raw.length > 200) fail('TOO_LONG', `${name} is at most 200 characters`);
    else out[name] = raw;
  }
  if (problems.length) throw new BadRequest(problems);
  return out;
}

/** Any valid bearer token, resolved exactly as the GraphQL endpoint resolves it (roster checks included). */
function requireToken(db: DataSource, jwtSecret: string, maxLifetimeSeconds: number, oidc: OidcVerifier | null) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const outcome = await resolveViewer(db, jwtSecret, maxLifetimeSeconds, req.headers.authorization, oidc);
      if (!('refusal' in outcome)) return next();
      res.status(401).set('www-authenticate', 'Bearer').json({ code: 'UNAUTHENTICATED', message: outcome.refusal });
    } catch (error) {
      next(error);
    }
  };
}

function notFound(res: Response, message: string) {
  res.status(404).json({ code: 'NOT_FOUND', message });
}
