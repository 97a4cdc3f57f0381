import { z } from 'zod';

// The NUTS 2021 geometry the map draws, shipped with the client as static files
// (client/public/geo/nuts-2021-<level>.json, made by `npm run geo:nuts`; data/README.md): one per
// NUTS level, each region with its name, label point and rings of longitude, latitude pairs
// flattened ([lon0, lat0, lon1, lat1, …], WGS 84, to 0.001°).

export const GEOMETRY_ATTRIBUTION = '© EuroGeographics for the administrative boundaries · © European Union, Eurostat/GISCO, NUTS 2021 (1:60 million)';

export const nutsGeometrySchema = z.object({
  level: z.number().int().min(0).max(3),
  attribution: z.string(),
  regions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** The label point (longitude, latitude) GISCO gives the region: where flows end. */
      label: z.tuple([z.number(), z.number()]),
      /** Outer rings and holes alike; drawn with the even-odd rule. */
      rings: z.array(z.array(z.number())),
    }),
  ),
});

export type NutsGeometry = z.infer<typeof nutsGeometrySchema>;
export const geometryPath = (level: number) => `/geo/nuts-2021-${level}.json`;
