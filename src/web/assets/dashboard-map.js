/* Draws the dashboard world map from the page's #map-data and the served 110m topology. */
(function () {
  'use strict';
  var container = document.getElementById('world-map');
  var status = document.getElementById('map-status');
  var dataElement = document.getElementById('map-data');
  if (!container || !dataElement) return;
  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 960;
  var HEIGHT = 470;
  var data = JSON.parse(dataElement.textContent);
  var byNumeric = {};
  var byCode = {};
  data.countries.forEach(function (country) {
    if (country.numeric) byNumeric[country.numeric] = country;
    byCode[country.code] = country;
  });

  function element(name, attributes) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    return node;
  }

  function linked(country, shape) {
    var link = element('a', { href: country.href, tabindex: '-1', 'data-country': country.code, 'data-stage': country.stage });
    var title = element('title', {});
    title.textContent = country.name + ': ' + country.stage;
    shape.appendChild(title);
    if (country.dimmed) shape.setAttribute('class', 'dimmed');
    link.appendChild(shape);
    return link;
  }

  function draw(topology) {
    var land = topojson.feature(topology, topology.objects.countries);
    var projection = d3.geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' });
    var path = d3.geoPath(projection);
    var svg = element('svg', {
      class: 'world-map', viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, 'aria-hidden': 'true', focusable: 'false',
    });
    svg.appendChild(element('path', { d: path({ type: 'Sphere' }), fill: '#eaf2fb', stroke: '#c9d6e3' }));
    var shapes = element('g', {});
    land.features.forEach(function (feature) {
      var country = byNumeric[feature.id];
      var shape = element('path', { d: path(feature) || '', fill: country ? country.colour : data.untrackedColour });
      shapes.appendChild(country ? linked(country, shape) : shape);
    });
    svg.appendChild(shapes);
    var markers = element('g', { class: 'small-states' });
    // Dots keep about 3.5 screen pixels of radius however small the map is drawn.
    var radius = Math.max(4.5, (3.5 * WIDTH) / Math.max(container.clientWidth, 1));
    data.markers.forEach(function (marker) {
      var country = byCode[marker.code];
      var point = projection([marker.lon, marker.lat]);
      if (!country || !point) return;
      var circle = element('circle', { cx: point[0].toFixed(1), cy: point[1].toFixed(1), r: radius.toFixed(1), fill: country.colour });
      markers.appendChild(linked(country, circle));
    });
    svg.appendChild(markers);
    container.appendChild(svg);
    var drawn = svg.querySelectorAll('a[data-country]').length;
    status.textContent = drawn + ' countries on the map; small states are shown as dots. Every country is also in the list.';
  }

  fetch(container.getAttribute('data-topology'))
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(draw)
    .catch(function () {
      status.textContent = 'The map could not be drawn. The list has every country.';
    });
})();
