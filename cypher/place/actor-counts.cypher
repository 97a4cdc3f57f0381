// args: a, inSector
// Whether actor a counts on the map: active in the period (cypher/period/actor-active.cypher), of
// one of the helices $helix (null: any), and among inSector, the actors of the sector $sector
// (null: no sector chosen).
{{PERIOD:actor-active(a)}}
AND ($helix IS NULL OR a.helix IN $helix)
AND (inSector IS NULL OR a IN inSector)
