// Sign-in with the organisation's OpenID Connect provider (issue 16), over real HTTP: the test is
// the provider — it serves its own JWKS on 127.0.0.1 and signs tokens with keys it generates.
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateAdviserDocument, ViewerDocument } from '../__generated__/graphql';
import { readOidc, type OidcConfig } from '../../src/config';
import { CHANGNING } from '../support/factories';
import { useTestApi } from '../support/test-api';

const ISSUER = 'https://id.example.gov.cn/realms/four-lists';
const AUDIENCE = 'four-lists-api';

interface Key {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyLike;
  jwk: JWK;
}
async function newKey(kid: string, alg: 'RS256' | 'ES256'): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

let published: Key[] = [];
let jwksServer: Server;
let config: OidcConfig | null = null;

beforeAll(async () => {
  published = [await newKey('rsa-1', 'RS256'), await newKey('ec-1', 'ES256')];
  jwksServer = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: published.map((k) => k.jwk) }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  config = readOidc({
    OIDC_ISSUER: ISSUER,
    OIDC_AUDIENCE: AUDIENCE,
    OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
    OIDC_ROLE_MAP: 'fl-admins=ADMIN,fl-advisers=ADVISER',
    OIDC_JWKS_COOLDOWN_SECONDS: '0',
  });
});
afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

const api = useTestApi({}, { oidc: () => config });

interface Claims {
  sub?: string;
  roles?: string[];
  iss?: string;
  aud?: string;
  iatOffset?: number;
  lifetime?: number;
  nbfOffset?: number;
}
async function sign(key: Key, claims: Claims = {}): Promise<string> {
  const now = Math.floor(api.clock.now().getTime() / 1000);
  const iat = now + (claims.iatOffset ?? 0);
  const jwt = new SignJWT({ roles: claims.roles ?? ['fl-admins'] })
    .setProtectedHeader({ alg: key.alg, kid: key.kid })
    .setSubject(claims.sub ?? 'u-admin-1')
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (claims.lifetime ?? 600));
  if (claims.nbfOffset !== undefined) jwt.setNotBefore(now + claims.nbfOffset);
  return jwt.sign(key.privateKey);
}

async function viewerWith(token: string) {
  return api.withToken(token).exec(ViewerDocument);
}

describe('OIDC bearer tokens (issue 16: RS256/ES256, issuer, audience, lifetime, rotation)', () => {
  it('accepts an RS256 and an ES256 token from the provider and maps the role claim', async () => {
    for (const key of published) {
      const res = await viewerWith(await sign(key));
      expect(res.status).toBe(200);
      expect(res.data?.viewer).toMatchObject({ role: 'ADMIN', id: 'u-admin-1' });
    }
  });

  it('follows key rotation: a token signed by a newly published key is accepted', async () => {
    const rotated = await newKey('rsa-2', 'RS256');
    published = [rotated, ...published.filter((k) => k.kid !== 'rsa-1')];
    const res = await viewerWith(await sign(rotated));
    expect(res.data?.viewer?.role).toBe('ADMIN');
  });

  it.each([
    ['wrong issuer', { iss: 'https://evil.example.com' }, /issuer/],
    ['wrong audience', { aud: 'another-api' }, /audience/],
    ['expired', { iatOffset: -3600, lifetime: 600 }, /expired/],
    ['not yet valid', { nbfOffset: 3600 }, /not yet valid/],
    ['lifetime too long', { lifetime: 30 * 24 * 3600 }, /lifetime|exp/i],
    ['role unknown to the service', { roles: ['fl-cleaners'] }, /no role/],
  ])('refuses a token with %s (401, clear reason, token never logged)', async (_name, claims, reason) => {
    const key = published.find((k) => k.alg === 'ES256')!;
    const token = await sign(key, claims as Claims);
    const res = await viewerWith(token);
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.errors)).toMatch(reason);
    expect(api.logs.join('')).not.toContain(token.split('.')[1]);
  });

  it('refuses a key the provider does not publish, alg none, and HS256 development tokens', async () => {
    const stranger = await newKey('rsa-1', 'RS256'); // same kid, other key: signature fails
    expect((await viewerWith(await sign(stranger))).status).toBe(401);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'x', roles: ['fl-admins'], iss: ISSUER, aud: AUDIENCE }));
    expect((await viewerWith(`${header}.${body.toString('base64url')}.`)).status).toBe(401);
    const dev = await api.as({ role: 'ADMIN' }).exec(ViewerDocument);
    expect(dev.status).toBe(401);
  });

  it("takes an adviser's streets from the roster, never from the token; no roster entry, no entry", async () => {
    const admin = await sign(published[0]);
    const created = await api.withToken(admin).exec(CreateAdviserDocument, {
      input: { name: '顾问李', streetCode: CHANGNING.jiangsu, roleType: 'SOCIAL_WORKER', caseloadMax: 30 } as never,
    });
    const adviser = created.data?.createAdviser as { __typename: string; id?: string };
    expect(adviser.__typename).toBe('Adviser');
    const rosterToken = await sign(published[0], { sub: adviser.id, roles: ['fl-advisers'] });
    const res = await viewerWith(rosterToken);
    expect(res.data?.viewer).toMatchObject({ role: 'ADVISER', id: adviser.id, streetCodes: [CHANGNING.jiangsu] });
    const stranger = await sign(published[0], { sub: '5b0e7f8e-0000-4000-8000-000000000000', roles: ['fl-advisers'] });
    const refused = await viewerWith(stranger);
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.errors)).toMatch(/roster/);
  });
});
