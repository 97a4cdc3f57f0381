// One helix palette for the whole app (Okabe–Ito, safe for colour-blind readers).
export const HELIX_COLOURS: Record<string, string> = {
  government: '#0072B2',
  industry: '#E69F00',
  academia: '#009E73',
  intermediary: '#CC79A7',
  civil_society: '#56B4E9',
};
export const OTHER_COLOUR = '#9a9a9a';

/** Ties compared between two periods (/compare): Okabe–Ito blue for gained, vermillion for lost (also dashed), grey for kept. */
export const CHANGE_COLOURS = { gained: '#0072B2', lost: '#D55E00', kept: '#a3a9b1' } as const;

export const HELIX_NAMES: Record<string, string> = {
  government: 'Government',
  industry: 'Industry',
  academia: 'Academia',
  intermediary: 'Intermediary',
  civil_society: 'Civil society',
};

export const TYPE_SHAPES: Record<string, string> = {
  Actor: 'ellipse',
  Sector: 'round-rectangle',
  Technology: 'diamond',
  Region: 'hexagon',
  Policy: 'triangle',
  Project: 'star',
};
