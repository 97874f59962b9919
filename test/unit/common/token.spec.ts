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
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","role":"ADMIN","iss":"four-lists"}').toString('base64url')}.`;
    expect(verifyToken(unsigned, secret)).toBeNull();
  });

  it('reads the Authorization header', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBe('');
  });
});
