import { centreOfLargestPolygon, MAP_VENDOR_FILES, WorldMapData } from './world-map.data';
import { existsSync } from 'node:fs';

describe('world map data', () => {
  const map = new WorldMapData();

  it('serves every vendor file from installed packages', () => {
    for (const path of Object.values(MAP_VENDOR_FILES)) expect(existsSync(path)).toBe(true);
  });

  it('draws large countries and leaves small states to markers', () => {
    expect(map.isDrawn('FRA')).toBe(true);
    expect(map.isDrawn('MLT')).toBe(false);
    expect(map.isDrawn('MDV')).toBe(false);
  });

  it('puts small-state markers where those states are', () => {
    const [malta, maldives, tuvalu] = map.markersFor(['MLT', 'MDV', 'TUV']);
    expect(malta.code).toBe('MLT');
    expect(malta.lon).toBeCloseTo(14.4, 0);
    expect(malta.lat).toBeCloseTo(35.9, 0);
    expect(maldives.lon).toBeGreaterThan(72.5);
    expect(maldives.lon).toBeLessThan(74);
    expect(maldives.lat).toBeGreaterThan(-1);
    expect(maldives.lat).toBeLessThan(7.5);
    expect(tuvalu.code).toBe('TUV');
    expect(Math.abs(tuvalu.lon)).toBeGreaterThan(175);
    expect(tuvalu.lat).toBeLessThan(-5);
  });

  it('gives no marker to a country the map already draws', () => {
    expect(map.markersFor(['FRA', 'MLT']).map((marker) => marker.code)).toEqual(['MLT']);
  });

  it('keeps the centre of an island crossing the antimeridian on the island', () => {
    const island = { type: 'Polygon', coordinates: [[[179, -1], [-179, -1], [-179, 1], [179, 1], [179, -1]]] };
    const [lon, lat] = centreOfLargestPolygon(island)!;
    expect(Math.abs(lon)).toBeCloseTo(180, 5);
    expect(lat).toBeCloseTo(0, 5);
  });
});
