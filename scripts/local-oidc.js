#!/usr/bin/env node
// npm run oidc:local [-- --port 9400]: a stand-in identity provider for trying OIDC sign-in on one
// machine (README, "Production sign-in"). It makes an ES256 key at start, serves it as a JWKS and
// signs tokens the way an organisation's provider would (iss, aud, exp, iat, kid, a roles claim).
// For development only: anyone who can reach the port can mint any role.
//   GET /.well-known/jwks.json                              the public key
//   GET /token?role=ADVISER&sub=<roster id>                 an adviser (streets come from the roster)
//   GET /token?role=PARTNER&provider_id=<provider id>       a partner organisation
//   GET /token?role=ADMIN | VIEWER
// Start Four Lists with the variables it prints.
const http = require('node:http');
const { exportJWK, generateKeyPair, SignJWT } = require('jose');

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || process.env.OIDC_LOCAL_PORT || 9400);
const issuer = `http://localhost:${port}`;
const audience = 'four-lists';
const ROLES = ['ADMIN', 'ADVISER', 'PARTNER', 'VIEWER'];

async function main() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const kid = `local-${Date.now().toString(36)}`;
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] };
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, issuer);
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/jwks.json') return send(200, jwks);
    if (url.pathname !== '/token') return send(404, { error: 'try /token?role=ADVISER&sub=<roster id>' });
    const role = url.searchParams.get('role');
    if (!ROLES.includes(role)) return send(400, { error: `role must be one of ${ROLES.join(', ')}` });
    const sub = url.searchParams.get('sub') || `local-${role.toLowerCase()}`;
    const claims = { roles: [role] };
    const providerId = url.searchParams.get('provider_id');
    if (providerId) claims.provider_id = providerId;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    return send(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
  });
  server.listen(port, '127.0.0.1', () => {
    process.stdout.write(
      `local OIDC provider on ${issuer} (development only). Start Four Lists with:\n` +
        `  OIDC_ISSUER=${issuer} OIDC_AUDIENCE=${audience} OIDC_JWKS_URL=${issuer}/.well-known/jwks.json npm start\n` +
        `then: curl '${issuer}/token?role=ADVISER&sub=<adviser id from the roster>'\n`,
    );
  });
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
