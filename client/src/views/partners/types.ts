// The answer of POST /api/partners, as the contract (contract/partners.ts) describes it.

export { COMPONENTS, DEFAULT_WEIGHTS } from '../../../../contract/partners.ts';
export type { AnyReason as Reason, ComponentName, PartnerAnswer, Suggestion, Weights } from '../../../../contract/partners.ts';
