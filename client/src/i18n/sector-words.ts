// Interface text of the sector profile's key figures and its links to other views.

export const sectorEn = {
  figuresOwn: 'Figures of {sector}',
  figuresOfSub: 'Figures of the sub-sector {sector}',
  figuresSource: 'Source: {table}',
  figuresIn: 'in {region}',
  noFigures: 'The sources give no key figures for this sector or its sub-sectors.',
  metric: 'Figure',
  value: 'Value',
  subsectorsHint: 'Open a sub-sector’s profile:',
  openIn: 'Open in',
  neighbourhood: 'Neighbourhood in the Explorer',
  profileOf: 'Sector profile',
  partnersOf: 'Partners',
  pathsFrom: 'Paths from here',
  actorsOfSector: 'Actors of this sector',
  actorsOfRegion: 'Actors of this region',
};

export const sectorNl: Record<keyof typeof sectorEn, string> = {
  figuresOwn: 'Cijfers van {sector}',
  figuresOfSub: 'Cijfers van de subsector {sector}',
  figuresSource: 'Bron: {table}',
  figuresIn: 'in {region}',
  noFigures: 'De bronnen geven geen kerncijfers voor deze sector of zijn subsectoren.',
  metric: 'Kerncijfer',
  value: 'Waarde',
  subsectorsHint: 'Open het profiel van een subsector:',
  openIn: 'Openen in',
  neighbourhood: 'Omgeving in de Explorer',
  profileOf: 'Sectorprofiel',
  partnersOf: 'Partners',
  pathsFrom: 'Paden vanaf hier',
  actorsOfSector: 'Actoren van deze sector',
  actorsOfRegion: 'Actoren van deze regio',
};
