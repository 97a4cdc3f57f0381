import neo4j, { isPoint, type Point } from 'neo4j-driver';

// Neo4j values that code outside server/db builds or recognises.

export type GeoPoint = Point<number>;

/** A WGS 84 point (Neo4j's SRID 4326: x is the longitude, y the latitude). */
export const geoPoint = (lon: number, lat: number): GeoPoint => new neo4j.types.Point(4326, lon, lat);

export const isGeoPoint = (v: unknown): v is GeoPoint => isPoint(v as object);
