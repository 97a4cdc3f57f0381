import type { CordisInfo, ConsoleProblem, Problem as ContractProblem, ValidationReport } from '../../../contract/index.ts';

// API shapes the client uses beyond api/types.ts, all from the shared contract (contract/).
// Nothing here fetches: api/fetch.ts is the one way to call the API.

export type { EdgeData, GraphElements, Health, NodeData } from '../../../contract/index.ts';
export { CORDIS_ARCHIVES } from '../../../contract/index.ts';
export type {
  CordisInfo,
  ConsoleResult as ConsoleAnswer,
  ConsoleSchema,
  Example,
  ImportAnswer,
  ImportJobAnswer as ImportJob,
  ImportProblem,
  ImportTemplates,
  Match,
  Outcomes,
  SavedQuery,
  ValidationReport as ImportReport,
  Value,
} from '../../../contract/index.ts';

/** Any problem answer: the console's (code, rule, position) and an import's (report, CORDIS notes) members included. */
export type Problem = ContractProblem & Partial<Pick<ConsoleProblem, 'code' | 'rule' | 'position'>> & { report?: ValidationReport; cordis?: CordisInfo };
