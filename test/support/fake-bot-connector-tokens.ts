import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** The issuer Bot Framework puts in tokens it sends to bots (public cloud). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export type TokenClaims = { aud: string; serviceUrl: string; iss?: string; expiresInSeconds?: number };

/**
 * A local stand-in for Bot Framework's token signing: an RSA key published as a JWKS (with the
 * `endorsements` Bot Framework adds per channel), and RS256 JWTs signed with it the way the channel
 * signs requests to a bot. A second key with the same key id signs forgeries.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#bot-framework-to-bot
 */
export function createTokenSigner(kid = 'test-key-1') {
  const real = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = real.publicKey.export({ format: 'jwk' });
  return {
    jwks: { keys: [{ ...jwk, kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] },
    /** A token the bot must accept. */
    sign: (claims: TokenClaims) => jwt(real.privateKey, kid, claims),
    /** Same key id, same claims, signed with a key nobody published. */
    forge: (claims: TokenClaims) => jwt(forger.privateKey, kid, claims),
  };
}

function jwt(key: KeyObject, kid: string, claims: TokenClaims): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid };
  const payload = {
    iss: claims.iss ?? CHANNEL_ISSUER,
    aud: claims.aud,
    serviceurl: claims.serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + (claims.expiresInSeconds ?? 3600),
  };
  const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const signature = sign('RSA-SHA256', Buffer.from(signingInput), key).toString('base64url');
  return `${signingInput}.${signature}`;
}

function b64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}
