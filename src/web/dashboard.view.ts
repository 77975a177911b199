import { ITU_REGION_NAMES, ItuRegion } from '../countries/itu-region';
import { html, jsonForScript, SafeHtml } from './html-template';
import { renderPage } from './page-layout.view';
import {
  COUNTRY_STAGES,
  REGION_OPTIONS,
  STAGE_COLOURS,
  STAGE_LABELS,
  STAGE_OPTIONS,
  stageLabel,
  isStage,
  UNTRACKED_COLOUR,
} from './stage-display';
import { CountrySummary } from './web-api.client';
import { webPaths } from './web-routes';
import { SmallStateMarker } from './world-map.data';

export type DashboardModel = {
  region?: ItuRegion;
  stage?: string;
  countries: CountrySummary[];
  numericCodes: Record<string, string | undefined>;
  markers: SmallStateMarker[];
};

const colourOf = (stage: string) => (isStage(stage) ? STAGE_COLOURS[stage] : UNTRACKED_COLOUR);

export function renderDashboard(model: DashboardModel): string {
  const inRegion = model.countries.filter((country) => !model.region || country.region === model.region);
  const listed = inRegion.filter((country) => !model.stage || country.stage === model.stage);
  const scope = model.region ? ITU_REGION_NAMES[model.region] : 'all regions';
  const body = html`
<h1>Where each country stands</h1>
${filterForm(model)}
<div class="dashboard">
  <section class="card" aria-labelledby="map-heading">
    <h2 id="map-heading">World map by stage</h2>
    <div class="map-frame"><div id="world-map" data-topology="${webPaths.asset('countries-110m.json')}"></div></div>
    <p id="map-status" class="map-status muted" role="status">Loading the map… The list has every country.</p>
    ${legend(inRegion, scope)}
    <script type="application/json" id="map-data">${mapData(model, new Set(listed.map((country) => country.code)))}</script>
  </section>
  <section class="card" aria-labelledby="list-heading">
    <h2 id="list-heading">Countries <span class="muted">(${listed.length})</span></h2>
    ${countryList(listed)}
  </section>
</div>`;
  return renderPage({
    title: 'Dashboard',
    section: 'dashboard',
    body,
    scripts: ['d3-array.min.js', 'd3-geo.min.js', 'topojson-client.min.js', 'dashboard-map.js'],
  });
}

function filterForm(model: DashboardModel): SafeHtml {
  const option = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`;
  return html`<form class="filters" method="get" action="${webPaths.dashboard}" aria-label="Filter countries">
  <div class="picker"><label for="filter-region">ITU region</label>
    <select id="filter-region" name="region"><option value="">All regions</option>${REGION_OPTIONS.map((o) => option(o.value, o.label, model.region))}</select>
  </div>
  <div class="picker"><label for="filter-stage">Stage</label>
    <select id="filter-stage" name="stage"><option value="">All stages</option>${STAGE_OPTIONS.map((o) => option(o.value, o.label, model.stage))}</select>
  </div>
  <button type="submit">Apply filters</button>
  ${model.region || model.stage ? html`<a href="${webPaths.dashboard}">Clear filters</a>` : ''}
</form>`;
}

function legend(countries: CountrySummary[], scope: string): SafeHtml {
  const count = (stage: string) => countries.filter((country) => country.stage === stage).length;
  return html`<h3 class="muted" style="font-size:1rem;margin:.75rem 0 0">Countries per stage, ${scope}</h3>
<ul class="legend" aria-label="Legend: countries per stage">
  ${COUNTRY_STAGES.map(
    (stage) =>
      html`<li data-stage="${stage}"><span class="swatch" style="background:${STAGE_COLOURS[stage]}"></span>${STAGE_LABELS[stage]}: <strong>${count(stage)}</strong></li>`,
  )}
</ul>`;
}

function countryList(countries: CountrySummary[]): SafeHtml {
  if (countries.length === 0) return html`<p>No country matches these filters.</p>`;
  return html`<div class="country-list" tabindex="0" aria-labelledby="list-heading">
<table>
  <thead><tr><th scope="col">Country</th><th scope="col">Stage</th><th scope="col" class="wide-only">Last activity</th></tr></thead>
  <tbody>
  ${countries.map(
    (country) => html`<tr data-country="${country.code}">
    <td><a href="${webPaths.country(country.code)}">${country.name}</a><br><span class="muted">${country.regionName ?? ''}</span></td>
    <td><span class="stage-pill"><span class="swatch" style="background:${colourOf(country.stage)}"></span>${stageLabel(country.stage)}</span>${
      country.lastActivityDate ? html`<span class="narrow-only muted"><br>Last activity ${country.lastActivityDate}</span>` : ''
    }</td>
    <td class="wide-only nowrap">${country.lastActivityDate ?? '—'}</td>
  </tr>`,
  )}
  </tbody>
</table>
</div>`;
}

function mapData(model: DashboardModel, listed: Set<string>): SafeHtml {
  return jsonForScript({
    untrackedColour: UNTRACKED_COLOUR,
    countries: model.countries.map((country) => ({
      code: country.code,
      numeric: model.numericCodes[country.code] ?? null,
      name: country.name,
      stage: stageLabel(country.stage),
      colour: colourOf(country.stage),
      href: webPaths.country(country.code),
      dimmed: !listed.has(country.code),
    })),
    markers: model.markers,
  });
}
