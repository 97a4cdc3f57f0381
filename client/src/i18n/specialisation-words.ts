// Interface text of the specialisation panel (location quotients and shift-share).

export const specialisationEn = {
  lqTitle: 'Specialisation against {reference}',
  lqHint: 'Location quotient: the category’s share in the region over its share in {reference}; above 1 the region is specialised in it.',
  lqMeasure_participations: 'Participations by programme part',
  lqMeasure_actors: 'Actors by sector',
  lqNone: 'Nothing to compare: the region has no {what} here.',
  lqUndefined: 'n/a',
  ssTitle: 'Shift-share, {a} → {b}',
  ssHint: 'Change split into the reference’s growth, the category mix and the regional shift (Dunn 1960).',
  ssNeedsPeriod: 'Choose a period of two years or more for the shift-share of its first and second half.',
  ssCategory: 'Category',
  ssChange: 'Change',
  ssNational: 'Reference growth',
  ssMix: 'Category mix',
  ssShift: 'Regional shift',
  ssTotal: 'Total',
};

export const specialisationNl: Record<keyof typeof specialisationEn, string> = {
  lqTitle: 'Specialisatie tegenover {reference}',
  lqHint: 'Locatiequotiënt: het aandeel van de categorie in de regio gedeeld door haar aandeel in {reference}; boven 1 is de regio erin gespecialiseerd.',
  lqMeasure_participations: 'Deelnames per programmaonderdeel',
  lqMeasure_actors: 'Actoren per sector',
  lqNone: 'Niets te vergelijken: de regio heeft hier geen {what}.',
  lqUndefined: 'n.v.t.',
  ssTitle: 'Shift-share, {a} → {b}',
  ssHint: 'Verandering opgesplitst in de groei van de referentie, de categoriemix en de regionale verschuiving (Dunn 1960).',
  ssNeedsPeriod: 'Kies een periode van twee jaar of meer voor de shift-share van haar eerste en tweede helft.',
  ssCategory: 'Categorie',
  ssChange: 'Verandering',
  ssNational: 'Groei referentie',
  ssMix: 'Categoriemix',
  ssShift: 'Regionale verschuiving',
  ssTotal: 'Totaal',
};
