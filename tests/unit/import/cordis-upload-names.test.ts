import { describe, expect, it } from 'vitest';
import { cordisUploadProblem } from '../../../server/importer/cordis/service.ts';

describe('names of uploaded CORDIS files', () => {
  it('takes the archives and tables as the publisher names them', () => {
    expect(cordisUploadProblem(['cordis-h2020projects-csv.zip', 'organization.csv', 'project (1).csv'])).toBeUndefined();
  });

  it('refuses names that cannot be a file here, naming them: paths, hidden files, other types, too long', () => {
    const long = `${'a'.repeat(300)}.csv`;
    for (const name of ['../../etc/passwd', '.csv', 'x.exe', 'acteurs\u0000.csv', long]) {
      expect(cordisUploadProblem([name]), name).toContain(name);
    }
  });

  it('refuses a file sent twice and an empty upload', () => {
    expect(cordisUploadProblem(['project.csv', 'project.csv'])).toMatch(/project\.csv was sent twice/);
    expect(cordisUploadProblem([])).toMatch(/multipart field "files"/);
  });
});
