import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccessGuard } from './access.guard';
import { AUTH_SETTINGS, AuthSettings, resolveAuthSettings } from './auth-settings';
import { Authenticator, OIDC_VERIFIER } from './authenticator';
import { InitialUsers } from './initial-users.service';
import { OidcVerifier } from './oidc-verifier';
import { RequestThrottlerGuard, SIGN_IN_THROTTLER, WRITES_THROTTLER } from './request-throttler.guard';
import { SlidingWindowThrottlerStorage } from './sliding-window-throttler.storage';
import { UserAccountStore } from './user-account.store';
import { UserAdminController } from './user-admin.controller';

const MINUTE_MS = 60_000;

/** Who may do what: users, tokens, sessions, OIDC, and the access and throttling guards (in that order). */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const settings = resolveAuthSettings(config.auth);
        return {
          throttlers: [
            { name: SIGN_IN_THROTTLER, ttl: MINUTE_MS, limit: settings.signInsPerMinute },
            { name: WRITES_THROTTLER, ttl: MINUTE_MS, limit: settings.writesPerMinute },
          ],
          storage: new SlidingWindowThrottlerStorage(),
        };
      },
    }),
  ],
  controllers: [UserAdminController],
  providers: [
    { provide: AUTH_SETTINGS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => resolveAuthSettings(config.auth) },
    {
      provide: UserAccountStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        mkdirSync(dirname(config.sqlitePath), { recursive: true });
        return new UserAccountStore(config.sqlitePath);
      },
    },
    {
      provide: OIDC_VERIFIER,
      inject: [AUTH_SETTINGS],
      useFactory: (settings: AuthSettings) => (settings.oidc ? new OidcVerifier(settings.oidc) : null),
    },
    Authenticator,
    InitialUsers,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: RequestThrottlerGuard },
  ],
  exports: [Authenticator, UserAccountStore, AUTH_SETTINGS],
})
export class AuthModule {}
