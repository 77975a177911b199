import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import type { OidcSettings } from './auth-settings';
import { isRegion, isRole, Principal } from './principal';

export class InvalidBearerToken extends Error {}

/** jose is an ES module (required natively from Node 20.19); loaded only when single sign-on is configured. */
const loadJose = () => import('jose');

/** Verifies bearer JWTs of the configured issuer against its published keys (JWKS). */
export class OidcVerifier {
  private keys?: Promise<JWTVerifyGetKey>;

  constructor(
    private readonly settings: OidcSettings,
    private readonly keySource?: JWTVerifyGetKey,
  ) {}

  async verify(token: string): Promise<Principal> {
    const { errors, jwtVerify } = await loadJose();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keySet(), {
        issuer: this.settings.issuer,
        ...(this.settings.audience && { audience: this.settings.audience }),
        algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'],
      }));
    } catch (error) {
      this.keys = error instanceof errors.JOSEError ? this.keys : undefined;
      throw new InvalidBearerToken(error instanceof errors.JWTExpired ? 'The bearer token has expired' : 'The bearer token is not valid');
    }
    const name = payload[this.settings.nameClaim] ?? payload.sub;
    if (typeof name !== 'string' || name === '') throw new InvalidBearerToken(`The bearer token has no ${this.settings.nameClaim} or sub claim`);
    return {
      name: `${name}`.slice(0, 100),
      roles: this.listClaim(payload, this.settings.rolesClaim).filter(isRole),
      regions: this.listClaim(payload, this.settings.regionsClaim).map((region) => region.toUpperCase()).filter(isRegion),
      countries: this.listClaim(payload, this.settings.countriesClaim).map((code) => code.toUpperCase()),
      source: 'oidc',
    };
  }

  /** A claim given as an array or a space/comma separated string; a dotted name reads a nested claim. */
  private listClaim(payload: JWTPayload, claim: string): string[] {
    const value = claim.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], payload);
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
    return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
  }

  private keySet(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.keySource ? Promise.resolve(this.keySource) : this.remoteKeySet();
    return this.keys;
  }

  private async remoteKeySet(): Promise<JWTVerifyGetKey> {
    const { createRemoteJWKSet } = await loadJose();
    if (this.settings.jwksUri) return createRemoteJWKSet(new URL(this.settings.jwksUri));
    const discovery = `${this.settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(discovery);
    const document = (await response.json()) as { jwks_uri?: string };
    if (!response.ok || typeof document.jwks_uri !== 'string') throw new Error(`${discovery} names no jwks_uri`);
    return createRemoteJWKSet(new URL(document.jwks_uri));
  }
}
