import jwt from 'jsonwebtoken';
import { bearerToken, signToken, verifyToken } from '../../../src/auth/token';

describe('bearer tokens', () => {
  const secret = 's3cret';

  it('round-trips an adviser with streets and drops scopes other roles do not have', () => {
    const token = signToken({ sub: 'a1', role: 'ADVISER', streets: ['310105001'], providerId: 'p' }, secret);
    expect(verifyToken(token, secret)).toEqual({
      id: 'a1',
      role: 'ADVISER',
      name: null,
      streetCodes: ['310105001'],
      providerId: null,
    });
  });

  it('refuses unknown roles, missing scopes, other secrets and other algorithms', () => {
    expect(verifyToken(signToken({ sub: 'x', role: 'ROOT' as never }, secret), secret)).toBeNull();
    expect(verifyToken(signToken({ sub: 'x', role: 'PARTNER' }, secret), secret)).toBeNull();
    expect(verifyToken(signToken({ sub: 'x', role: 'ADMIN' }, 'other'), secret)).toBeNull();
    const part = (json: string) => Buffer.from(json).toString('base64url');
    const unsigned = `${part('{"alg":"none"}')}.${part('{"sub":"x","role":"ADMIN","iss":"four-lists"}')}.`;
    expect(verifyToken(unsigned, secret)).toBeNull();
  });

  // Issue 13: a token without exp was accepted for ever, and one expiring in 100 years too.
  it('requires exp and iat, and refuses a lifetime over the maximum', () => {
    const sign = (claims: object, options: jwt.SignOptions) =>
      jwt.sign({ sub: 'x', role: 'ADMIN', ...claims }, secret, {
        algorithm: 'HS256',
        issuer: 'four-lists',
        ...options,
      });
    expect(verifyToken(sign({}, {}), secret)).toBeNull();
    expect(verifyToken(sign({}, { expiresIn: '36500d' }), secret)).toBeNull();
    expect(verifyToken(sign({}, { expiresIn: '1h', noTimestamp: true }), secret)).toBeNull();
    expect(verifyToken(sign({}, { expiresIn: '12h' }), secret)).not.toBeNull();
    expect(verifyToken(sign({}, { expiresIn: '12h' }), secret, 3600)).toBeNull();
    expect(verifyToken(sign({}, { expiresIn: '1h' }), secret, 3600)).not.toBeNull();
  });

  it('reads the Authorization header', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBe('');
  });

  it('keeps one key per secret: after verifying with one secret, a token of another is still refused', () => {
    // The secret is made a KeyObject once and reused (issue 19): the reuse must never let a token
    // signed with secret A pass under secret B, nor refuse A's tokens after B was used.
    const a = signToken({ sub: 'u-a', role: 'ADMIN' }, 'secret-a');
    const b = signToken({ sub: 'u-b', role: 'ADMIN' }, 'secret-b');
    expect(verifyToken(a, 'secret-a')?.id).toBe('u-a');
    expect(verifyToken(b, 'secret-a')).toBeNull();
    expect(verifyToken(b, 'secret-b')?.id).toBe('u-b');
    expect(verifyToken(a, 'secret-b')).toBeNull();
    expect(verifyToken(a, 'secret-a')?.id).toBe('u-a');
  });
});
