import { Inject, Injectable, OnApplicationShutdown, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { AUTH_SETTINGS, AuthSettings } from './auth-settings';
import { InvalidBearerToken, OidcVerifier } from './oidc-verifier';
import { Principal } from './principal';
import { TOKEN_PREFIX, UserAccountStore } from './user-account.store';
import { principalOf } from './user-accounts';

export const SESSION_COOKIE = 'ta_session';
export const CSRF_COOKIE = 'ta_csrf';
export const OIDC_VERIFIER = Symbol('OIDC_VERIFIER');

/** Finds who sent a request: a bearer API token, a bearer JWT of the OIDC issuer, or a session cookie. */
@Injectable()
export class Authenticator implements OnApplicationShutdown {
  constructor(
    readonly accounts: UserAccountStore,
    @Inject(AUTH_SETTINGS) readonly settings: AuthSettings,
    @Inject(OIDC_VERIFIER) private readonly oidc: OidcVerifier | null,
  ) {}

  /** Undefined when the request carries no credentials; throws 401 when it carries bad ones. */
  async authenticate(request: Request): Promise<Principal | undefined> {
    const authorization = request.header('authorization');
    if (authorization !== undefined) return this.bearer(authorization);
    const sessionId = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (!sessionId) return undefined;
    const session = this.accounts.findSession(sessionId);
    return session && principalOf(session.user, 'session', session.csrfToken);
  }

  private async bearer(authorization: string): Promise<Principal> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new UnauthorizedException('The Authorization header must be "Bearer <token>"');
    const token = match[1];
    if (token.startsWith(TOKEN_PREFIX)) {
      const user = this.accounts.userOfToken(token);
      if (!user) throw new UnauthorizedException('This API token is unknown, revoked or expired');
      return principalOf(user, 'token');
    }
    if (!this.oidc) throw new UnauthorizedException('This bearer token is not an API token of this service');
    try {
      return await this.oidc.verify(token);
    } catch (error) {
      throw new UnauthorizedException(error instanceof InvalidBearerToken ? error.message : 'The bearer token is not valid');
    }
  }

  onApplicationShutdown(): void {
    this.accounts.close();
  }
}
