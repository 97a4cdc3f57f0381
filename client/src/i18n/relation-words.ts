// What a link between two nodes means, in words, for the details panel, filters and link lists:
// "works with", not COLLABORATES_WITH. A type without words here shows as it is stored.

export const RELATION_LABELS: Record<'en' | 'nl', Record<string, string>> = {
  en: {
    COLLABORATES_WITH: 'collaborates with',
    MEMBER_OF: 'member of',
    FOUNDED: 'founded',
    ACTIVE_IN: 'active in',
    DEVELOPS: 'develops',
    ENABLED_BY: 'enabled by',
    PART_OF: 'part of',
    RELATED_TO: 'related to',
    LOCATED_IN: 'located in',
    PARTICIPATES_IN: 'takes part in',
    TARGETS: 'targets',
    USES: 'uses',
    FUNDED_BY: 'funded by',
    ISSUED: 'issued',
    COVERS: 'covers',
    PRIORITISES: 'prioritises',
    OF_SECTOR: 'in sector',
    IN_REGION: 'in region',
    SAME_AS: 'same as',
    MENTIONED_IN: 'mentioned in',
    SHARES: 'shares actors or projects with',
  },
  nl: {
    COLLABORATES_WITH: 'werkt samen met',
    MEMBER_OF: 'lid van',
    FOUNDED: 'richtte op',
    ACTIVE_IN: 'actief in',
    DEVELOPS: 'ontwikkelt',
    ENABLED_BY: 'mogelijk gemaakt door',
    PART_OF: 'deel van',
    RELATED_TO: 'verwant aan',
    LOCATED_IN: 'gevestigd in',
    PARTICIPATES_IN: 'neemt deel aan',
    TARGETS: 'richt zich op',
    USES: 'gebruikt',
    FUNDED_BY: 'gefinancierd door',
    ISSUED: 'vaardigde uit',
    COVERS: 'omvat',
    PRIORITISES: 'geeft voorrang aan',
    OF_SECTOR: 'in sector',
    IN_REGION: 'in regio',
    SAME_AS: 'zelfde als',
    MENTIONED_IN: 'vermeld in',
    SHARES: 'deelt actoren of projecten met',
  },
};

/** A relationship type in words; an unknown one as stored, a derived one ("PART_OF*") by its base. */
export function relationIn(lang: 'en' | 'nl', type: string): string {
  const base = type.replace(/[^A-Z_].*$/, '');
  return RELATION_LABELS[lang][type] ?? RELATION_LABELS[lang][base] ?? type;
}
