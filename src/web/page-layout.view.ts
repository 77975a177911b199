import { html, SafeHtml } from './html-template';
import { webPaths } from './web-routes';

export type NavSection = 'dashboard' | 'log' | 'reports' | 'audit' | 'none';

export type PageOptions = {
  title: string;
  section: NavSection;
  body: SafeHtml;
  scripts?: string[];
};

const NAV: { section: NavSection; label: string; href: string }[] = [
  { section: 'dashboard', label: 'Dashboard', href: webPaths.dashboard },
  { section: 'log', label: 'Log a milestone', href: webPaths.log },
  { section: 'reports', label: 'Reports', href: webPaths.reports },
  { section: 'audit', label: 'Audit', href: webPaths.audit },
];

export function renderPage({ title, section, body, scripts = [] }: PageOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ta-tracker</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${webPaths.asset('app.css')}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="inner">
    <a class="brand" href="${webPaths.dashboard}">ta-tracker</a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        ${NAV.map(
          (item) =>
            html`<li><a href="${item.href}"${item.section === section ? html` aria-current="page"` : ''}>${item.label}</a></li>`,
        )}
      </ul>
    </nav>
    <a class="sign-out" href="${webPaths.signOut}">Sign out</a>
  </div>
</header>
<main id="main" class="inner" tabindex="-1">
${body}
</main>
${scripts.map((file) => html`<script src="${webPaths.asset(file)}" defer></script>`)}
</body>
</html>
`.value;
}

export function renderErrorPage(title: string, message: string, section: NavSection = 'none'): string {
  return renderPage({
    title,
    section,
    body: html`<h1>${title}</h1><p class="notice error" role="alert">${message}</p><p><a href="${webPaths.dashboard}">Back to the dashboard</a></p>`,
  });
}
