// SUPERVISOR sign-in through OpenID Connect (issue 18 follow-up), over real HTTP with a real local JWKS: the
// claim OIDC_SUPERVISOR_ID_CLAIM names the supervisor's entry in the register of people acting on cases;
// the streets come from that entry, never from the token. No claim, no entry, a deactivated entry or an
// entry of another kind: 401 with a reason that quotes nothing from the token.
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegisterActingPersonDocument, SetActingPersonActiveDocument, ViewerDocument } from '../__generated__/graphql';
import { ConfigError, readOidc, type OidcConfig } from '../../src/config';
import { CHANGNING, freshIdNumber } from '../support/factories';
import { useTestApi } from '../support/test-api';

const ISSUER = 'https://id.example.gov.cn/realms/four-lists';
const AUDIENCE = 'four-lists-api';
const CLAIM = 'fl.register_id';

let key: { privateKey: KeyLike; jwk: JWK };
let jwksServer: Server;
let config: OidcConfig | null = null;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  key = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'ec-sup', alg: 'ES256', use: 'sig' } };
  jwksServer = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [key.jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  config = readOidc({
    OIDC_ISSUER: ISSUER,
    OIDC_AUDIENCE: AUDIENCE,
    OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
    OIDC_ROLE_MAP: 'fl-admins=ADMIN,fl-supervisors=SUPERVISOR',
    OIDC_SUPERVISOR_ID_CLAIM: CLAIM,
    OIDC_JWKS_COOLDOWN_SECONDS: '0',
  });
});
afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

const api = useTestApi({}, { oidc: () => config });

async function sign(role: string, extra: Record<string, unknown> = {}, sub = 'u-1'): Promise<string> {
  const iat = Math.floor(api.clock.now().getTime() / 1000);
  return new SignJWT({ roles: [role], ...extra })
    .setProtectedHeader({ alg: 'ES256', kid: 'ec-sup' })
    .setSubject(sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 600)
    .sign(key.privateKey);
}

describe('SUPERVISOR sign-in through OIDC (register id claim)', () => {
  it('validates the claim name at start-up', () => {
    const base = { OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_URL: 'https://id.example.gov.cn/jwks' };
    expect(readOidc(base)!.supervisorIdClaim).toBe('sub');
    expect(() => readOidc({ ...base, OIDC_SUPERVISOR_ID_CLAIM: 'fl register' })).toThrow(ConfigError);
    expect(() => readOidc({ ...base, OIDC_SUPERVISOR_ID_CLAIM: 'a..b' })).toThrow(/OIDC_SUPERVISOR_ID_CLAIM/);
  });

  it("takes a supervisor's streets from the register entry the claim names, never from the token", async () => {
    const admin = await sign('fl-admins');
    const registered = await api.withToken(admin).exec(RegisterActingPersonDocument, {
      input: {
        name: '救助所王',
        idNumber: freshIdNumber('1979-07-07'),
        kind: 'SUPERVISOR',
        streetCodes: [CHANGNING.huayang, CHANGNING.jiangsu],
      },
    });
    const entry = registered.data!.registerActingPerson as { __typename: string; id: string };
    expect(entry.__typename).toBe('ActingPerson');

    // streets in the token are ignored; the subject is not the register id, the claim is
    const token = await sign('fl-supervisors', { fl: { register_id: entry.id }, streets: [CHANGNING.xinjing] });
    const res = await api.withToken(token).exec(ViewerDocument);
    expect(res.status).toBe(200);
    expect(res.data!.viewer).toMatchObject({
      role: 'SUPERVISOR',
      id: entry.id,
      streetCodes: [CHANGNING.huayang, CHANGNING.jiangsu],
    });

    const refusals: Array<[string, Record<string, unknown>, RegExp]> = [
      ['no claim', {}, /no fl\.register_id claim/],
      ['no entry', { fl: { register_id: '5b0e7f8e-0000-4000-8000-000000000000' } }, /register entry/],
      ['not a uuid', { fl: { register_id: 'drop table' } }, /register entry/],
    ];
    for (const [, claims, reason] of refusals) {
      const refused = await api.withToken(await sign('fl-supervisors', claims)).exec(ViewerDocument);
      expect(refused.status).toBe(401);
      expect(JSON.stringify(refused.errors)).toMatch(reason);
    }

    // deactivated: refused at once; reactivated: back
    await api.withToken(admin).exec(SetActingPersonActiveDocument, { id: entry.id, active: false });
    const off = await api.withToken(token).exec(ViewerDocument);
    expect(off.status).toBe(401);
    expect(JSON.stringify(off.errors)).toMatch(/deactivated/);
    await api.withToken(admin).exec(SetActingPersonActiveDocument, { id: entry.id, active: true });
    expect((await api.withToken(token).exec(ViewerDocument)).data!.viewer!.id).toBe(entry.id);
    expect(api.logs.join('')).not.toContain(token.split('.')[1]);
  });

  it('refuses a register entry of another kind signing in as SUPERVISOR', async () => {
    const admin = await sign('fl-admins');
    const volunteer = await api.withToken(admin).exec(RegisterActingPersonDocument, {
      input: {
        name: '志愿者',
        idNumber: freshIdNumber('1988-08-08'),
        kind: 'VOLUNTEER',
        streetCodes: [CHANGNING.huayang],
      },
    });
    const id = (volunteer.data!.registerActingPerson as { id: string }).id;
    const res = await api.withToken(await sign('fl-supervisors', { fl: { register_id: id } })).exec(ViewerDocument);
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.errors)).toMatch(/not a supervisor/);
  });
});
