import { html } from './html-template';
import { renderPage } from './page-layout.view';
import { webPaths } from './web-routes';

export type SignInModel = { csrfToken: string; next: string; name?: string; error?: string };

export function renderSignInPage(model: SignInModel): string {
  return renderPage({
    title: 'Sign in',
    section: 'none',
    body: html`<h1>Sign in</h1>
${model.error ? html`<p class="notice error" role="alert">${model.error}</p>` : ''}
<form class="card" method="post" action="${webPaths.signIn}">
  <input type="hidden" name="_csrf" value="${model.csrfToken}">
  <input type="hidden" name="next" value="${model.next}">
  <div class="field">
    <label for="sign-in-name">User name</label>
    <input type="text" id="sign-in-name" name="name" autocomplete="username" required value="${model.name ?? ''}">
  </div>
  <div class="field">
    <label for="sign-in-password">Password</label>
    <input type="password" id="sign-in-password" name="password" autocomplete="current-password" required>
  </div>
  <button type="submit">Sign in</button>
</form>
<p class="muted">No account yet? An admin creates one with <code>npm run user -- add</code>. Scripts use a personal API token instead.</p>`,
  });
}

export function renderSignOutPage(csrfToken: string, name: string): string {
  return renderPage({
    title: 'Sign out',
    section: 'none',
    body: html`<h1>Sign out</h1>
<p>You are signed in as <strong>${name}</strong>.</p>
<form method="post" action="${webPaths.signOut}">
  <input type="hidden" name="_csrf" value="${csrfToken}">
  <button type="submit">Sign out</button>
</form>`,
  });
}
