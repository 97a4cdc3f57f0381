import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Router, type Request, type RequestHandler } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { cordisQuery, importAnswerSchema, importQuery, jobParams, jobSchema, templateParams, templatesSchema, uploadBody } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { NotFound } from '../domain-errors.ts';
import { requireToken } from '../http/auth.ts';
import { registerEndpoint } from '../http/openapi.ts';
import { HttpProblem, parseInput } from '../http/problem.ts';
import { cordisUploadProblem, prepareCordisImport, cordisSummary, type CordisSummary, UPLOADED_FILES } from './cordis/service.ts';
import { claimImport, type ImportClaim } from './import-claim.ts';
import { getJob, startJob } from './jobs.ts';
import { ImportValidationError, prepareImport, type PreparedImport } from './run.ts';
import { sourcesFor } from './sources.ts';
import { TEMPLATE_FILES, csvTemplate, templateColumns } from './templates.ts';

const MAX_FILES = 30;
const MAX_FILE_BYTES = 200 * 2 ** 20;

const uploadRoot = path.join(os.tmpdir(), 'helix-uploads');
const upload = multer({ dest: uploadRoot, limits: { files: MAX_FILES, fileSize: MAX_FILE_BYTES } }).array('files', MAX_FILES);

/** multer, with its errors (too many or too large files) as 400/413 problems. */
const receive: RequestHandler = (req, res, next) => {
  void mkdir(uploadRoot, { recursive: true }).then(() =>
    upload(req, res, (err: unknown) => {
      if (!err) return next();
      const code = (err as { code?: string }).code;
      if (code === 'LIMIT_FILE_SIZE') return next(new HttpProblem(413, 'File too large', `each file may have at most ${MAX_FILE_BYTES / 2 ** 20} MiB`));
      next(new HttpProblem(400, 'Invalid upload', `files: ${(err as Error).message} (send at most ${MAX_FILES} files in the multipart field "files")`));
    }),
  );
};

const uploaded = (req: Request) => (req.files as Express.Multer.File[] | undefined) ?? [];
const cleanUp = (req: Request, dirs: string[] = []) =>
  Promise.all([...uploaded(req).map((f) => rm(f.path, { force: true })), ...dirs.map((d) => rm(d, { recursive: true, force: true }))]);

/**
 * `imported` runs after each import written (the whole-graph analytics); the import's job is done
 * when it has ended, so that whoever polls the job finds the graph as it stays.
 */
export function importRoutes(db: GraphDb, token: string | undefined, imported: () => Promise<void> = async () => {}): Router {
  const router = Router();
  const auth = requireToken(token);

  /**
   * Answers a prepared import: the report (dry run), or 202 with the job that writes it. Problems
   * are a 422 with the report; `after` (removing the uploads) runs once nothing more is read.
   * The import's claim (absent for a dry run) goes with the job; the caller gives it back on a throw.
   */
  async function answer(prepare: () => Promise<PreparedImport & { cordis?: CordisSummary }>, after: () => Promise<void>, claim: ImportClaim | undefined) {
    let prepared: Awaited<ReturnType<typeof prepare>>;
    try {
      prepared = await prepare();
    } catch (err) {
      await after();
      if (err instanceof ImportValidationError) {
        const { report } = err;
        throw new HttpProblem(422, 'The import files have problems', `${report.problemCount} problem(s); nothing was written`, { report, ...err.details });
      }
      throw err;
    }
    const { report, write, cordis } = prepared;
    const extra = cordis ? { cordis: cordisSummary(cordis) } : {};
    if (!write || !claim) {
      await claim?.release();
      await after();
      return { status: 200, body: { dryRun: true, report, ...extra } };
    }
    const job = startJob(
      report,
      (onProgress) =>
        write(onProgress)
          .finally(after)
          .finally(claim.release)
          .then(async (summary) => {
            await imported();
            return summary;
          }),
      extra.cordis,
    );
    claim.describe(`import ${job.id}`);
    return { status: 202, body: { dryRun: false, jobId: job.id, report, ...extra } };
  }

  registerEndpoint({ method: 'post', path: '/api/import', summary: 'Import CSV/JSON files (one per label or relationship type), all or nothing; dryRun=true only validates', tags: ['import'], query: importQuery, body: uploadBody, bodyContentType: 'multipart/form-data', response: importAnswerSchema, status: [200, 202], auth: true });
  router.post('/import', auth, receive, async (req, res) => {
    let claim: ImportClaim | undefined;
    try {
      const { dryRun } = parseInput(importQuery, req.query, 'query');
      if (!uploaded(req).length) throw new HttpProblem(400, 'Invalid request', 'files: send at least one file in the multipart field "files"');
      claim = dryRun ? undefined : await claimImport(db);
      const { sources, problems } = sourcesFor(uploaded(req).map((f) => ({ name: f.originalname, path: f.path })));
      const { status, body } = await answer(() => prepareImport(db, sources, { dryRun, preProblems: problems }), async () => void (await cleanUp(req)), claim);
      res.status(status).json(body);
    } catch (err) {
      await claim?.release();
      await cleanUp(req);
      throw err;
    }
  });

  registerEndpoint({ method: 'post', path: '/api/import/cordis', summary: 'Import CORDIS projects archives (FP7, H2020, Horizon Europe zip files as downloaded, or their CSV files), all or nothing', tags: ['import'], query: cordisQuery, body: uploadBody, bodyContentType: 'multipart/form-data', response: importAnswerSchema, status: [200, 202], auth: true });
  router.post('/import/cordis', auth, receive, async (req, res) => {
    const dir = await mkdtemp(path.join(uploadRoot, 'cordis-'));
    const after = async () => void (await cleanUp(req, [dir]));
    let claim: ImportClaim | undefined;
    try {
      const { dryRun, maxConsortium } = parseInput(cordisQuery, req.query, 'query');
      const files = uploaded(req);
      const problem = cordisUploadProblem(files.map((f) => f.originalname));
      if (problem) throw new HttpProblem(400, 'Invalid request', `files: ${problem}`);
      for (const f of files) await rename(f.path, path.join(dir, f.originalname));
      claim = dryRun ? undefined : await claimImport(db);
      const prepare = () =>
        prepareCordisImport(db, [{ name: UPLOADED_FILES, path: dir }], { dryRun, maxConsortium }).catch((err: unknown) => {
          if (err instanceof ImportValidationError) throw err;
          throw new HttpProblem(400, 'Invalid CORDIS files', (err as Error).message);
        });
      const { status, body } = await answer(prepare, after, claim);
      res.status(status).json(body);
    } catch (err) {
      await claim?.release();
      await after();
      throw err;
    }
  });

  registerEndpoint({ method: 'get', path: '/api/import/jobs/{id}', summary: 'Progress and, once done, the summary of an import (created / updated / unchanged)', tags: ['import'], params: jobParams, response: jobSchema, auth: true });
  router.get('/import/jobs/:id', auth, (req, res) => {
    const { id } = parseInput(jobParams, req.params, 'params');
    const job = getJob(id);
    if (!job) throw new NotFound('id', `no import job ${id} (jobs are kept until the server restarts)`);
    res.json(job);
  });

  registerEndpoint({ method: 'get', path: '/api/import/templates', summary: 'The import file templates: their names, what each holds and its columns', tags: ['import'], response: templatesSchema });
  router.get('/import/templates', (_req, res) => {
    res.json({ files: TEMPLATE_FILES, templates: templateColumns() });
  });

  registerEndpoint({ method: 'get', path: '/api/import/templates/{file}', summary: 'A CSV template (header and sample rows) for one import file', tags: ['import'], params: templateParams, response: z.string().describe('the CSV template'), responseContentType: 'text/csv' });
  router.get('/import/templates/:file', async (req, res) => {
    const { file } = parseInput(templateParams, req.params, 'params');
    const text = await csvTemplate(file);
    if (!text) throw new NotFound('file', `no template ${file}`);
    res.type('text/csv').attachment(file).send(text);
  });
  return router;
}
