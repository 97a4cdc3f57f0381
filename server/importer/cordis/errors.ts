// A CORDIS archive or file that cannot be imported: the message names the archive or folder, the
// file, the row (as a spreadsheet numbers it, the header being row 1) and the column. The whole
// import stops before anything is written.

export interface CordisPlace {
  input: string;
  file?: string;
  row?: number;
  column?: string;
}

export function formatPlace({ input, file, row, column }: CordisPlace): string {
  return [input, file, row === undefined ? undefined : `row ${row}`, column === undefined ? undefined : `column ${column}`].filter(Boolean).join(', ');
}

export class CordisInputError extends Error {
  constructor(
    readonly place: CordisPlace,
    problem: string,
  ) {
    super(`${formatPlace(place)}: ${problem}`);
  }
}
