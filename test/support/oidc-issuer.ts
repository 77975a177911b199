import { exportJWK, generateKeyPair, JWTPayload, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { OidcSettings } from '../../src/auth/auth-settings';

export const TEST_ISSUER = 'https://sso.example.test/realms/programme';
const KEY_ID = 'test-key';

/** A stand-in single sign-on provider: a key pair whose public half is served as JWKS on 127.0.0.1. */
export class OidcIssuer {
  private constructor(
    private readonly server: Server,
    private readonly privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'],
    readonly settings: OidcSettings,
  ) {}

  static async start(): Promise<OidcIssuer> {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' }] });
    const server = createServer((request, response) => {
      response.writeHead(request.url === '/jwks' ? 200 : 404, { 'content-type': 'application/json' }).end(request.url === '/jwks' ? jwks : '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new OidcIssuer(server, privateKey, {
      issuer: TEST_ISSUER,
      jwksUri: `http://127.0.0.1:${port}/jwks`,
      audience: 'ta-tracker',
      rolesClaim: 'realm_access.roles',
      regionsClaim: 'itu_regions',
      countriesClaim: 'countries',
      nameClaim: 'preferred_username',
    });
  }

  /** A JWT for `claims`; `expiresInSeconds` may be negative for one that has already expired. */
  token(claims: JWTPayload, options: { expiresInSeconds?: number; issuer?: string; audience?: string } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const expires = now + (options.expiresInSeconds ?? 600);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID })
      .setIssuer(options.issuer ?? TEST_ISSUER)
      .setAudience(options.audience ?? 'ta-tracker')
      .setIssuedAt(Math.min(now, expires - 60))
      .setExpirationTime(expires)
      .sign(this.privateKey);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
