import { html } from './html-template';
import { CountryOption } from './form-field.view';
import { MILESTONE_FORMS } from './milestone-forms';
import { renderPage } from './page-layout.view';
import { webPaths } from './web-routes';

export function renderLogIndex(country?: CountryOption): string {
  const query = { country: country?.code };
  const body = html`
<h1>Log a milestone${country ? html` <span class="muted">· ${country.name}</span>` : ''}</h1>
<p>Choose what happened. Every form checks its fields on the server and logs once, even if you click twice.</p>
<ul class="command-list">
  ${MILESTONE_FORMS.map(
    (form) => html`<li class="card"><a href="${webPaths.logForm(form.command, form.scope === 'regional' ? {} : query)}"><strong>${form.title}</strong></a>
    <p class="muted">${form.description}</p></li>`,
  )}
</ul>`;
  return renderPage({ title: 'Log a milestone', section: 'log', body });
}
