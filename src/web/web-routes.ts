/**
 * Page routes served outside the `api` global prefix. Web paths are chosen so they never
 * equal an API route path (the exclusion is matched against route paths, not requests).
 */
export const WEB_ROUTES_OUTSIDE_API_PREFIX = ['/', 'country/:code', 'log', 'log/:command', 'reports', 'assets/:file', 'signin', 'signout', 'audit-trail'];

export const webPaths = {
  dashboard: '/',
  country: (code: string) => `/country/${encodeURIComponent(code)}`,
  log: '/log',
  logForm: (command: string, query: Record<string, string | undefined> = {}) => {
    const search = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ).toString();
    return `/log/${encodeURIComponent(command)}${search ? `?${search}` : ''}`;
  },
  reports: '/reports',
  audit: '/audit-trail',
  signIn: '/signin',
  signOut: '/signout',
  asset: (file: string) => `/assets/${file}`,
};
