export type OidcSettings = {
  issuer: string;
  /** Defaults to the jwks_uri of the issuer's discovery document. */
  jwksUri?: string;
  audience?: string;
  rolesClaim: string;
  regionsClaim: string;
  countriesClaim: string;
  nameClaim: string;
};

export type AuthSettings = {
  oidc?: OidcSettings;
  /** `auto`: Secure cookies when the request came over https (behind TRUST_PROXY, from X-Forwarded-Proto). */
  secureCookies: 'auto' | 'always' | 'never';
  sessionHours: number;
  signInsPerMinute: number;
  writesPerMinute: number;
  corsOrigins: string[];
  trustProxy: boolean;
};

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  secureCookies: 'auto',
  sessionHours: 12,
  signInsPerMinute: 10,
  writesPerMinute: 600,
  corsOrigins: [],
  trustProxy: false,
};

export class InvalidAuthSetting extends Error {}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new InvalidAuthSetting(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

export function authSettingsFromEnv(env: NodeJS.ProcessEnv): AuthSettings {
  const secureCookies = (env.SECURE_COOKIES ?? 'auto') as AuthSettings['secureCookies'];
  if (!['auto', 'always', 'never'].includes(secureCookies)) {
    throw new InvalidAuthSetting(`SECURE_COOKIES must be auto, always or never, got "${env.SECURE_COOKIES}"`);
  }
  return {
    ...(env.OIDC_ISSUER && {
      oidc: {
        issuer: env.OIDC_ISSUER,
        jwksUri: env.OIDC_JWKS_URI || undefined,
        audience: env.OIDC_AUDIENCE || undefined,
        rolesClaim: env.OIDC_ROLES_CLAIM || 'roles',
        regionsClaim: env.OIDC_REGIONS_CLAIM || 'regions',
        countriesClaim: env.OIDC_COUNTRIES_CLAIM || 'countries',
        nameClaim: env.OIDC_NAME_CLAIM || 'preferred_username',
      },
    }),
    secureCookies,
    sessionHours: positiveInteger(env, 'SESSION_HOURS', DEFAULT_AUTH_SETTINGS.sessionHours),
    signInsPerMinute: positiveInteger(env, 'THROTTLE_SIGN_INS_PER_MINUTE', DEFAULT_AUTH_SETTINGS.signInsPerMinute),
    writesPerMinute: positiveInteger(env, 'THROTTLE_WRITES_PER_MINUTE', DEFAULT_AUTH_SETTINGS.writesPerMinute),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === 'true',
  };
}

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export const resolveAuthSettings = (configured: Partial<AuthSettings> | undefined): AuthSettings => ({
  ...DEFAULT_AUTH_SETTINGS,
  ...configured,
});
