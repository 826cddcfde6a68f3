// Reads referentie/grenzen.topojson (optional, DATA.md §4.2): municipality features keyed by NIS.
import { readFile } from 'node:fs/promises';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Problems } from './problems.ts';
import { relativeName } from './paths.ts';

export interface BoundaryFeature {
  nis: string;
  geometry: Geometry;
}

/**
 * Features of every object in the topology whose key property names a known area: NIS codes
 * for Flemish municipalities (`nis`), CBS codes for Dutch ones (`statcode`, GM0363, matched in
 * lower case against the register's ids).
 */
export async function readBoundaries(
  path: string,
  knownNis: Set<string>,
  problems: Problems,
  property = 'nis',
  normaliseKey: (key: string) => string = (k) => k,
): Promise<BoundaryFeature[]> {
  const file = relativeName(path);
  let topology: Topology;
  try {
    topology = JSON.parse(await readFile(path, 'utf8')) as Topology;
  } catch (error) {
    problems.error({ file }, `geen geldige TopoJSON: ${(error as Error).message}`);
    return [];
  }
  if (topology.type !== 'Topology' || typeof topology.objects !== 'object') {
    problems.error({ file }, 'geen TopoJSON (type "Topology" met "objects" verwacht)');
    return [];
  }
  const result = new Map<string, BoundaryFeature>();
  for (const object of Object.values(topology.objects)) {
    if (object.type !== 'GeometryCollection') continue;
    const collection = feature(topology, object as GeometryCollection) as { features: Feature[] };
    for (const f of collection.features) {
      const raw: unknown = f.properties?.[property];
      // NIS codes may be stored as numbers; anything else is not a code.
      const nis = normaliseKey(
        typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '',
      );
      if (knownNis.has(nis) && f.geometry && !result.has(nis))
        result.set(nis, { nis, geometry: f.geometry });
    }
  }
  const report = problems.report(file, 'grenzen');
  report.rijen_gelezen = result.size;
  report.rijen_gebruikt = result.size;
  if (result.size === 0)
    problems.notice(
      { file },
      `geen enkele vorm met een bekende NIS-code in eigenschap '${property}'`,
    );
  return [...result.values()];
}
