// The GitHub Actions workflows cannot run on this machine: what can be proved here is that GitHub
// would accept them (SchemaStore's published workflow schema, through action-validator) and
// that they do what docs/editing.md says: every pull request gets the content check under its own
// name, then the whole suite; main is built for production and checked before it is published.
import fs from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const folder = path.resolve(import.meta.dirname, '../../../.github/workflows');
const source = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; env?: Record<string, string> }>;
}
const workflow = (name: string) => parse(source(name)) as Workflow;
const runs = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));

describe('the GitHub Actions workflows', () => {
  it('are workflows GitHub accepts, each of them', () => {
    const files = fs.readdirSync(folder).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual(['ci.yml', 'deploy.yml']);
    for (const file of files) expect(validateWorkflow(source(file)).errors, file).toEqual([]);
  });

  it('would be refused with a misspelt key (the validation reads them)', () => {
    const misspelt = source('ci.yml').replace(/^(\s+)steps:/m, '$1step:');
    expect(misspelt).not.toBe(source('ci.yml'));
    expect(validateWorkflow(misspelt).errors).not.toEqual([]);
  });

  it('check every pull request: the content check first, under its own name, then the whole suite', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toContain('pull_request');
    const steps = runs(ci);
    const content = steps.indexOf('npm run check:content');
    const suite = steps.indexOf('bash .ci/run');
    expect(content).toBeGreaterThanOrEqual(0);
    expect(suite).toBeGreaterThan(content);
  });

  it('publish main only, built for production, checked before the upload, to a host that sends the headers', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(Object.keys(deploy.on).sort()).toEqual(['push', 'workflow_dispatch']);
    const [job] = Object.values(deploy.jobs);
    expect(job!.env?.DEPLOY).toBe('production');
    const steps = runs(deploy);
    const build = steps.indexOf('npm run build');
    const upload = steps.findIndex((run) => run.includes('pages deploy dist'));
    expect(build).toBeGreaterThanOrEqual(0);
    expect(upload).toBeGreaterThan(steps.findIndex((run) => run.includes('test:links')));
    expect(upload).toBeGreaterThan(build);
    // Cloudflare Pages applies the _headers file the build writes; GitHub Pages would send none.
    expect(source('deploy.yml')).not.toMatch(/actions\/(deploy|upload)-pages|gh-pages/);
  });
});
