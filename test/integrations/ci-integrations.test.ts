import * as assert from 'node:assert/strict';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { starterFiles } from '../../language/project/starter-project.js';
import { git, gitRepository, jobEnvironment, runCommand, type CommandResult } from '../support/ci-job.js';
import { installPackage, packOnce, REPO_ROOT } from '../support/packed-cli.js';

/** A strategy citing a decision nobody declares: an error under the starter project's strat.json. */
const UNDECLARED = 'strategy X "X" {\n    cites 2031/01\n}\n';
/** The same, but not in the canonical layout. */
const UNFORMATTED = 'strategy X "X" {\n  cites 2025/01\n}\n';

const made: string[] = [];
async function repository(extra: Record<string, string> = {}): Promise<string> {
    const folder = await gitRepository({ ...starterFiles('en'), ...extra });
    made.push(folder);
    return folder;
}

/** The npm package as scripts/pack.mjs packs it (once per test process): the tarball's path. */
async function packedTarball(): Promise<string> {
    return (await packOnce()).tarball;
}

after(async () => {
    await Promise.all(made.map(folder => fs.rm(folder, { recursive: true, force: true })));
});

// ---------------------------------------------------------------- the GitHub Action (action.yml)

interface ActionStep {
    id?: string;
    if?: string;
    uses?: string;
    with?: Record<string, string>;
    shell?: string;
    env?: Record<string, string>;
    run?: string;
}

interface Action {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: ActionStep[] };
}

interface ActionRun {
    /** The exit code of the action (of its first failing step, else 0). */
    code: number;
    /** Each run step's output, by name or id. */
    logs: CommandResult[];
    outputs: Record<string, string>;
    /** The `uses:` steps that ran, with their evaluated `with:`. */
    used: Array<{ uses: string; with: Record<string, string> }>;
}

/**
 * Runs action.yml as the runner does a composite action: each `run:` step in bash with its `env:`,
 * `${{ }}` expressions evaluated over inputs, step outputs (from $GITHUB_OUTPUT) and
 * github.action_path; `if:` conditions evaluated likewise. `uses:` steps are recorded, not run
 * (setup-node: the tests' Node is first on PATH already).
 */
async function runAction(workspace: string, given: Record<string, string>): Promise<ActionRun> {
    const action = load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;
    assert.equal(action.runs.using, 'composite');
    const inputs: Record<string, string> = {};
    for (const [name, input] of Object.entries(action.inputs)) {
        inputs[name] = given[name] ?? input.default ?? '';
    }
    const stepOutputs: Record<string, Record<string, string>> = {};
    const runnerTemp = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-runner-'));
    made.push(runnerTemp);
    const context = (reference: string): string => {
        const parts = reference.trim().split('.');
        if (parts[0] === 'inputs') {
            return inputs[parts[1]] ?? '';
        }
        if (parts[0] === 'steps' && parts[2] === 'outputs') {
            return stepOutputs[parts[1]]?.[parts[3]] ?? '';
        }
        if (reference.trim() === 'github.action_path') {
            return REPO_ROOT;
        }
        throw new Error(`an expression the test does not know: ${reference}`);
    };
    const substitute = (text: string) =>
        text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => context(expression));
    const condition = (expression: string): boolean => {
        const javascript = expression
            .replace(/\b(inputs\.[\w-]+|steps\.[\w-]+\.outputs\.[\w-]+)/g, reference =>
                JSON.stringify(context(reference))
            )
            .replace(/!=|==/g, operator => operator + '=');
        return Boolean(new Function(`return (${javascript});`)());
    };
    const result: ActionRun = { code: 0, logs: [], outputs: {}, used: [] };
    for (const step of action.runs.steps) {
        if (step.if && !condition(step.if)) {
            continue;
        }
        if (step.uses) {
            const evaluated: Record<string, string> = {};
            for (const [name, value] of Object.entries(step.with ?? {})) {
                evaluated[name] = substitute(String(value));
            }
            result.used.push({ uses: step.uses, with: evaluated });
            continue;
        }
        assert.equal(step.shell, 'bash');
        const outputFile = path.join(runnerTemp, `output-${result.logs.length}`);
        await fs.writeFile(outputFile, '');
        const env: Record<string, string> = {
            RUNNER_TEMP: runnerTemp,
            GITHUB_OUTPUT: outputFile,
            GITHUB_WORKSPACE: workspace
        };
        for (const [name, value] of Object.entries(step.env ?? {})) {
            env[name] = substitute(String(value));
        }
        const log = await runCommand(
            'bash',
            ['--noprofile', '--norc', '-eo', 'pipefail', '-c', substitute(step.run ?? '')],
            {
                cwd: workspace,
                env: jobEnvironment(env)
            }
        );
        result.logs.push(log);
        const outputs: Record<string, string> = {};
        for (const line of (await fs.readFile(outputFile, 'utf8')).split('\n')) {
            const at = line.indexOf('=');
            if (at > 0) {
                outputs[line.slice(0, at)] = line.slice(at + 1);
            }
        }
        if (step.id) {
            stepOutputs[step.id] = outputs;
        }
        if (log.code !== 0) {
            result.code = log.code ?? 1;
            break;
        }
    }
    for (const [name, output] of Object.entries(action.outputs)) {
        result.outputs[name] = substitute(output.value);
    }
    return result;
}

describe('the GitHub Action (action.yml) with the packed CLI', function () {
    this.timeout(300_000);

    it('annotates the findings, writes SARIF, uploads the site and fails on errors', async () => {
        const tarball = await packedTarball();
        const workspace = await repository({ 'extra.strat': UNDECLARED });
        const run = await runAction(workspace, { package: tarball, 'sarif-file': 'strat.sarif' });
        const log = run.logs.map(l => l.stdout + l.stderr).join('\n');
        assert.equal(run.code, 1, log);
        assert.match(
            log,
            /^::error file=extra\.strat,line=2,col=11,endLine=2,endColumn=18,title=unresolved-decision::Decision 2031\/01 is not declared/m
        );
        assert.deepEqual(
            run.used.map(u => u.uses),
            ['actions/setup-node@v4', 'actions/upload-artifact@v4']
        );
        const sarif = JSON.parse(
            await fs.readFile(path.join(workspace, run.outputs['sarif-file']), 'utf8')
        ) as {
            version: string;
            runs: Array<{ results: Array<{ ruleId: string }> }>;
        };
        assert.equal(sarif.version, '2.1.0');
        assert.deepEqual(
            sarif.runs[0].results.map(r => r.ruleId),
            ['unresolved-decision']
        );
        const upload = run.used[1].with;
        assert.equal(upload.name, 'strat-site');
        assert.ok(existsSync(path.join(upload.path, 'index.html')), 'the site was exported for the artifact');
    });

    it('passes a clean repository; max-warnings and an empty site-artifact are honoured', async () => {
        const tarball = await packedTarball();
        const clean = await repository();
        const passed = await runAction(clean, { package: tarball, 'site-artifact': '' });
        assert.equal(passed.code, 0, passed.logs.map(l => l.stdout + l.stderr).join('\n'));
        assert.deepEqual(
            passed.used.map(u => u.uses),
            ['actions/setup-node@v4']
        );
        assert.match(passed.logs.at(-2)!.stdout, /^2 files checked: 0 errors, 0 warnings$/m);

        const warned = await repository({ 'strat.json': '{}\n', 'extra.strat': UNDECLARED });
        const lenient = await runAction(warned, { package: tarball, 'site-artifact': '' });
        assert.equal(lenient.code, 0);
        assert.match(lenient.logs.map(l => l.stdout).join(''), /^::warning file=extra\.strat/m);
        const strict = await runAction(warned, {
            package: tarball,
            'site-artifact': '',
            'max-warnings': '0'
        });
        assert.equal(strict.code, 1);
    });
});

// ---------------------------------------------------------------- the GitLab CI template

interface GitlabJob {
    extends?: string;
    image?: string;
    stage?: string;
    before_script?: string[];
    script: string[];
    artifacts?: { when?: string; paths?: string[]; reports?: { codequality?: string } };
    rules?: Array<{ if: string }>;
}

/**
 * Runs a job of the template as a GitLab runner's shell executor would: its scripts in one bash,
 * set -eo pipefail.
 */
async function runGitlabJob(
    template: Record<string, unknown>,
    name: string,
    workspace: string,
    variables: Record<string, string>
): Promise<CommandResult> {
    const job = template[name] as GitlabJob;
    const base = job.extends ? (template[job.extends] as Partial<GitlabJob>) : {};
    const lines = [...(job.before_script ?? base.before_script ?? []), ...job.script];
    const defaults = template.variables as Record<string, string>;
    return runCommand('bash', ['-c', ['set -eo pipefail', ...lines].join('\n')], {
        cwd: workspace,
        env: jobEnvironment({ ...defaults, CI_PROJECT_DIR: workspace, ...variables })
    });
}

describe('the GitLab CI template (ci/strat.gitlab-ci.yml) with the packed CLI', function () {
    this.timeout(300_000);
    const template = load(readFileSync(path.join(REPO_ROOT, 'ci', 'strat.gitlab-ci.yml'), 'utf8')) as Record<
        string,
        unknown
    >;

    it('strat-validate: a Code Quality report as artifact, the findings in the log, the job fails on errors', async () => {
        const tarball = await packedTarball();
        const job = template['strat-validate'] as GitlabJob;
        assert.equal(job.artifacts?.when, 'always');
        const report = job.artifacts?.reports?.codequality;
        assert.ok(report);
        const workspace = await repository({ 'extra.strat': UNDECLARED });
        const result = await runGitlabJob(template, 'strat-validate', workspace, { STRAT_PACKAGE: tarball });
        assert.equal(result.code, 1, result.stderr);
        assert.match(result.stdout, /^extra\.strat:2:11 error unresolved-decision /m);
        const issues = JSON.parse(await fs.readFile(path.join(workspace, report), 'utf8')) as Array<{
            check_name: string;
            severity: string;
            fingerprint: string;
            description: string;
            location: { path: string; lines: { begin: number } };
        }>;
        assert.deepEqual(
            issues.map(i => [i.check_name, i.severity, i.location.path, i.location.lines.begin]),
            [['unresolved-decision', 'major', 'extra.strat', 2]]
        );
        assert.match(issues[0].fingerprint, /^[0-9a-f]{64}$/);

        const clean = await repository();
        const passed = await runGitlabJob(template, 'strat-validate', clean, { STRAT_PACKAGE: tarball });
        assert.equal(passed.code, 0, passed.stdout + passed.stderr);
        assert.equal(await fs.readFile(path.join(clean, report), 'utf8'), '[]\n');
    });

    it('pages: the HTML site in public/, on the default branch only', async () => {
        const tarball = await packedTarball();
        const job = template.pages as GitlabJob;
        assert.deepEqual(job.artifacts?.paths, ['public']);
        assert.deepEqual(job.rules, [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
        const workspace = await repository();
        const result = await runGitlabJob(template, 'pages', workspace, { STRAT_PACKAGE: tarball });
        assert.equal(result.code, 0, result.stdout + result.stderr);
        const index = await fs.readFile(path.join(workspace, 'public', 'index.html'), 'utf8');
        assert.match(index, /Digital strategy/);
    });
});

// ---------------------------------------------------------------- pre-commit (.pre-commit-hooks.yaml)

describe('the pre-commit hooks (.pre-commit-hooks.yaml) with the packed CLI', function () {
    this.timeout(300_000);

    async function preCommitRepository(): Promise<{ repo: string; env: Record<string, string> }> {
        const hooks = await gitRepository({
            '.pre-commit-hooks.yaml': readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')
        });
        made.push(hooks);
        const rev = (await git(hooks, 'rev-parse', 'HEAD')).trim();
        const repo = await repository({
            'package.json': '{ "private": true }\n',
            '.pre-commit-config.yaml': `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: strat-validate\n      - id: strat-format\n`
        });
        await installPackage(await packedTarball(), repo);
        const home = path.join(repo, '.home');
        return {
            repo,
            env: jobEnvironment({
                PRE_COMMIT_HOME: path.join(home, 'pre-commit'),
                HOME: home,
                GIT_CONFIG_NOSYSTEM: '1'
            })
        };
    }

    const preCommit = (repo: string, env: Record<string, string>, ...args: string[]) =>
        runCommand('pre-commit', ['run', '--color', 'never', ...args], { cwd: repo, env });

    it('passes the changed files: validate sees their whole project, format --check their layout', async () => {
        const { repo, env } = await preCommitRepository();
        // one strategy alone: its decision is declared in the catalogue, which pre-commit does not pass
        const passed = await preCommit(repo, env, '--files', 'strategy.strat');
        assert.equal(passed.code, 0, passed.stdout + passed.stderr);
        assert.match(passed.stdout, /strat validate\.+Passed/);
        assert.match(passed.stdout, /strat format --check\.+Passed/);

        await fs.writeFile(path.join(repo, 'extra.strat'), UNDECLARED);
        await fs.writeFile(path.join(repo, 'layout.strat'), UNFORMATTED);
        const failed = await preCommit(repo, env, '--files', 'extra.strat', 'layout.strat');
        assert.equal(failed.code, 1);
        assert.match(failed.stdout, /strat validate\.+Failed/);
        assert.match(failed.stdout, /^extra\.strat:2:11 error unresolved-decision /m);
        assert.match(failed.stdout, /strat format --check\.+Failed/);
        assert.match(failed.stdout, /^layout\.strat$/m);
    });

    it('a changed strat.json checks the whole project with its new levels', async () => {
        const { repo, env } = await preCommitRepository();
        await fs.writeFile(path.join(repo, 'extra.strat'), UNDECLARED);
        await fs.writeFile(path.join(repo, 'strat.json'), '{ "checks": { "unresolved-decision": "off" } }\n');
        const passed = await preCommit(repo, env, '--verbose', '--files', 'strat.json');
        assert.equal(passed.code, 0, passed.stdout);
        assert.match(passed.stdout, /3 files checked: 0 errors, 0 warnings/);
        await fs.writeFile(
            path.join(repo, 'strat.json'),
            '{ "checks": { "unresolved-decision": "loud" } }\n'
        );
        const broken = await preCommit(repo, env, '--files', 'strat.json');
        assert.equal(broken.code, 1);
        assert.match(
            broken.stdout,
            /strat\.json:1:38: checks\.unresolved-decision: "loud" is not a severity/
        );
    });
});
