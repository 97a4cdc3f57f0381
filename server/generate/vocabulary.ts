// Word lists the generator draws from: sectors and sub-sectors, technologies (the six EU Key
// Enabling Technologies first), countries, and parts of names of organisations and places.

export const SECTORS: { id: string; name: string; nace: string; subsectors: string[] }[] = [
  { id: 'chemistry', name: 'Chemistry', nace: 'C20', subsectors: ['Basic chemicals', 'Specialty chemicals', 'Polymers and plastics', 'Bio-based chemicals', 'Fertilisers'] },
  { id: 'life-sciences', name: 'Life sciences and health', nace: 'C21', subsectors: ['Pharmaceuticals', 'Biotechnology', 'Medical devices', 'Diagnostics', 'Digital health'] },
  { id: 'manufacturing', name: 'Advanced manufacturing', nace: 'C28', subsectors: ['Machinery', 'Metal products', 'Automation and robotics', 'Precision engineering', 'Additive manufacturing'] },
  { id: 'automotive', name: 'Automotive and mobility', nace: 'C29', subsectors: ['Vehicle assembly', 'Automotive suppliers', 'Electric mobility', 'Rail equipment'] },
  { id: 'energy', name: 'Energy', nace: 'D35', subsectors: ['Offshore wind', 'Solar energy', 'Hydrogen', 'Energy storage', 'Smart grids', 'Nuclear technology'] },
  { id: 'logistics', name: 'Logistics and ports', nace: 'H52', subsectors: ['Port operations', 'Freight forwarding', 'Warehousing', 'Inland shipping'] },
  { id: 'food', name: 'Agri-food', nace: 'C10', subsectors: ['Food processing', 'Dairy', 'Horticulture', 'Alternative proteins', 'Beverages'] },
  { id: 'construction', name: 'Construction', nace: 'F41', subsectors: ['Building materials', 'Civil engineering', 'Sustainable building', 'Renovation'] },
  { id: 'ict', name: 'Information and communication', nace: 'J62', subsectors: ['Software', 'Data and AI services', 'Telecommunications', 'Cybersecurity', 'Semiconductors'] },
  { id: 'textiles', name: 'Textiles', nace: 'C13', subsectors: ['Technical textiles', 'Fashion', 'Textile recycling'] },
  { id: 'materials', name: 'Materials and metals', nace: 'C24', subsectors: ['Non-ferrous metals', 'Steel', 'Recycling of metals', 'Composites'] },
  { id: 'aerospace', name: 'Aerospace and defence', nace: 'C30', subsectors: ['Aircraft components', 'Space technology', 'Defence systems'] },
  { id: 'creative', name: 'Creative industries', nace: 'R90', subsectors: ['Design', 'Media', 'Games'] },
  { id: 'environment', name: 'Environment and circular economy', nace: 'E38', subsectors: ['Waste management', 'Water technology', 'Soil remediation', 'Circular design'] },
];

export const KETS = [
  { id: 'advanced-manufacturing', name: 'Advanced manufacturing technologies' },
  { id: 'advanced-materials', name: 'Advanced materials' },
  { id: 'industrial-biotechnology', name: 'Industrial biotechnology' },
  { id: 'micro-nanoelectronics', name: 'Micro- and nanoelectronics' },
  { id: 'nanotechnology', name: 'Nanotechnology' },
  { id: 'photonics', name: 'Photonics' },
];

export const OTHER_TECHNOLOGIES = [
  'Artificial intelligence', 'Machine learning', 'Internet of things', 'Blockchain', 'Cloud computing', 'High-performance computing',
  'Quantum technology', 'Robotics', 'Digital twins', 'Augmented reality', '5G networks', 'Battery technology', 'Fuel cells',
  'Carbon capture', 'Electrolysis', 'Power electronics', 'Sensors', 'Genomics', 'Cell and gene therapy', 'Precision fermentation',
  'Membrane technology', 'Catalysis', 'Additive manufacturing', 'Composite processing', 'Cybersecurity technology', 'Computer vision',
];

/** Countries and how many of the actors are there (the ecosystem is Belgian with neighbours). */
export const COUNTRIES: { code: string; name: string; share: number; provinces: string[] }[] = [
  { code: 'BE', name: 'België', share: 0.62, provinces: ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'West-Vlaanderen', 'Vlaams-Brabant', 'Brussel', 'Brabant wallon', 'Hainaut', 'Liège', 'Luxembourg', 'Namur'] },
  { code: 'NL', name: 'Nederland', share: 0.13, provinces: ['Noord-Brabant', 'Zeeland', 'Limburg NL', 'Zuid-Holland', 'Noord-Holland', 'Utrecht', 'Gelderland'] },
  { code: 'DE', name: 'Deutschland', share: 0.09, provinces: ['Nordrhein-Westfalen', 'Bayern', 'Baden-Württemberg', 'Niedersachsen', 'Hessen'] },
  { code: 'FR', name: 'France', share: 0.08, provinces: ['Hauts-de-France', 'Île-de-France', 'Grand Est', 'Auvergne-Rhône-Alpes'] },
  { code: 'LU', name: 'Luxembourg', share: 0.02, provinces: ['Luxembourg-Centre'] },
  { code: 'IT', name: 'Italia', share: 0.03, provinces: ['Lombardia', 'Emilia-Romagna', 'Piemonte'] },
  { code: 'ES', name: 'España', share: 0.03, provinces: ['Cataluña', 'País Vasco', 'Madrid'] },
];

export const PLACE_START = ['Ooster', 'Wester', 'Noord', 'Zuid', 'Hoog', 'Laag', 'Groot', 'Klein', 'Heide', 'Berg', 'Beek', 'Brug', 'Sint-', 'Ter ', 'Mol', 'Zand', 'Linde', 'Eike', 'Wil', 'Hof'];
export const PLACE_END = ['hout', 'veld', 'dam', 'dijk', 'rode', 'kerke', 'ghem', 'mont', 'ville', 'heim', 'dorp', 'laar', 'donk', 'beek', 'broek', 'zele', 'hoven', 'lo'];

export const FIRM_START = ['Van', 'De', 'Nova', 'Flan', 'Scal', 'Ant', 'Kemp', 'Lim', 'Aqua', 'Terra', 'Vita', 'Opti', 'Metal', 'Poly', 'Bio', 'Nano', 'Lumi', 'Ferro', 'Duo', 'Omni', 'Agri', 'Hydro', 'Volt', 'Data'];
export const FIRM_END = ['tec', 'mark', 'plast', 'chem', 'tronics', 'works', 'gen', 'lab', 'line', 'core', 'form', 'flow', 'port', 'trans', 'bouw', 'metaal', 'food', 'soft', 'med', 'lux'];
export const LEGAL_FORMS: Record<string, string[]> = {
  BE: ['NV', 'BV', 'SA', 'SRL'],
  NL: ['BV', 'NV'],
  DE: ['GmbH', 'AG'],
  FR: ['SA', 'SAS'],
  LU: ['SA', 'SARL'],
  IT: ['SpA', 'Srl'],
  ES: ['SA', 'SL'],
};

export const PROJECT_WORDS = ['Circular', 'Smart', 'Green', 'Digital', 'Resilient', 'Open', 'Hybrid', 'Autonomous', 'Sustainable', 'Clean', 'Adaptive', 'Integrated'];
export const PROJECT_NOUNS = ['Pilot', 'Platform', 'Demonstrator', 'Value chain', 'Factory', 'Testbed', 'Network', 'Roadmap', 'Living lab', 'Toolkit'];
