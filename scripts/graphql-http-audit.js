// node scripts/graphql-http-audit.js <url>: the GraphQL-over-HTTP compliance audit (graphql-http's
// serverAudits) against a running service; prints the counts and every non-passing audit, exits 1
// on any MUST failure. A development tool: graphql-http is a devDependency. Every request needs a
// bearer token (anonymous ones get 401 before anything is parsed), so the audit sends one:
// AUDIT_TOKEN in the environment, e.g. AUDIT_TOKEN=$(npm run --silent token -- --role VIEWER).
'use strict';
const { auditServer } = require('graphql-http');

/** { ok, warn, error } counts and the audits that did not pass. */
async function audit(url, token = process.env.AUDIT_TOKEN) {
  const fetchFn = (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const results = await auditServer({ url, fetchFn });
  const count = (status) => results.filter((r) => r.status === status).length;
  return {
    ok: count('ok'),
    warn: count('warn'),
    error: count('error'),
    notPassing: results.filter((r) => r.status !== 'ok').map((r) => `${r.status} ${r.name}: ${r.reason}`),
  };
}

module.exports = { audit };

if (require.main === module) {
  const url = process.argv[2] ?? 'http://localhost:4000/graphql';
  audit(url).then(
    (summary) => {
      console.log(
        `graphql-http audit of ${url}: ${summary.ok} ok, ${summary.warn} warn, ${summary.error} MUST failures`,
      );
      for (const line of summary.notPassing) console.log(`  ${line}`);
      process.exit(summary.error > 0 ? 1 : 0);
    },
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
