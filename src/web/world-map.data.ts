import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as isoCountries from 'i18n-iso-countries';

type Position = [number, number];
type Geometry = { type: string; coordinates?: unknown };
type Feature = { id?: string; geometry: Geometry | null };
type GeometryObject = { id?: string };
type Topology = { objects: { countries: { type: string; geometries: GeometryObject[] } } };
type TopojsonClient = { feature(topology: Topology, object: unknown): { features: Feature[] } };

// topojson-client ships a CommonJS build but no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const topojson = require('topojson-client') as TopojsonClient;

const d3GeoDist = dirname(require.resolve('d3-geo'));

/** Browser files the dashboard map needs, all served by this app so it works offline. */
export const MAP_VENDOR_FILES: Record<string, string> = {
  'countries-110m.json': require.resolve('world-atlas/countries-110m.json'),
  'd3-geo.min.js': join(d3GeoDist, 'd3-geo.min.js'),
  'd3-array.min.js': join(dirname(require.resolve('d3-array', { paths: [d3GeoDist] })), 'd3-array.min.js'),
  'topojson-client.min.js': join(dirname(require.resolve('topojson-client')), 'topojson-client.min.js'),
};

export type SmallStateMarker = { code: string; lon: number; lat: number };

/**
 * The 110m map the browser draws leaves out small states (Malta, the Maldives, Pacific islands).
 * Those get a marker at the centre of their largest island, taken from the 10m Natural Earth
 * topology (the only world-atlas scale that has every ITU Member State, Tuvalu included).
 */
@Injectable()
export class WorldMapData {
  private drawnIds?: Set<string>;
  private markers?: Map<string, SmallStateMarker>;

  numericCodeOf(alpha3: string): string | undefined {
    return isoCountries.alpha3ToNumeric(alpha3);
  }

  isDrawn(alpha3: string): boolean {
    const numeric = this.numericCodeOf(alpha3);
    return numeric !== undefined && this.drawn().has(numeric);
  }

  /** Markers for the given countries that the 110m map does not draw, in the order given. */
  markersFor(codes: readonly string[]): SmallStateMarker[] {
    const markers = this.smallStateMarkers();
    return codes.flatMap((code) => markers.get(code) ?? []);
  }

  private drawn(): Set<string> {
    this.drawnIds ??= new Set(
      readTopology(MAP_VENDOR_FILES['countries-110m.json']).objects.countries.geometries.flatMap((g) => g.id ?? []),
    );
    return this.drawnIds;
  }

  private smallStateMarkers(): Map<string, SmallStateMarker> {
    if (this.markers) return this.markers;
    const drawn = this.drawn();
    const detailed = readTopology(require.resolve('world-atlas/countries-10m.json'));
    const missing = detailed.objects.countries.geometries.filter((g) => g.id !== undefined && !drawn.has(g.id));
    const { features } = topojson.feature(detailed, { type: 'GeometryCollection', geometries: missing });
    this.markers = new Map();
    for (const feature of features) {
      const alpha3 = feature.id && isoCountries.numericToAlpha3(feature.id);
      const centre = feature.geometry && centreOfLargestPolygon(feature.geometry);
      if (alpha3 && centre) this.markers.set(alpha3, { code: alpha3, lon: centre[0], lat: centre[1] });
    }
    return this.markers;
  }
}

function readTopology(path: string): Topology {
  return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

export function centreOfLargestPolygon(geometry: Geometry): Position | undefined {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates as Position[][]]
      : geometry.type === 'MultiPolygon'
        ? (geometry.coordinates as Position[][][])
        : [];
  const rings = polygons.map((polygon) => unwrapLongitudes(polygon[0]));
  const largest = rings.reduce<Position[] | undefined>(
    (best, ring) => (!best || Math.abs(signedArea(ring)) > Math.abs(signedArea(best)) ? ring : best),
    undefined,
  );
  if (!largest) return undefined;
  const [lon, lat] = ringCentre(largest);
  return [((((lon + 180) % 360) + 360) % 360) - 180, lat];
}

/** Keeps a ring that crosses the antimeridian continuous, so its centre is not on the far side of the world. */
function unwrapLongitudes(ring: Position[]): Position[] {
  const first = ring[0]?.[0] ?? 0;
  return ring.map(([lon, lat]) => [lon - 360 * Math.round((lon - first) / 360), lat]);
}

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum / 2;
}

function ringCentre(ring: Position[]): Position {
  const area = signedArea(ring);
  if (Math.abs(area) < 1e-12) {
    const mean = (axis: 0 | 1) => ring.reduce((sum, point) => sum + point[axis], 0) / ring.length;
    return [mean(0), mean(1)];
  }
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  return [x / (6 * area), y / (6 * area)];
}
