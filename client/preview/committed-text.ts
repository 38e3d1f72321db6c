import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** A document's text in a git revision, or why there is none, in words for the user. */
export type CommittedText = { text: string; name: string } | { reason: string };

function git(args: string[], cwd: string): Promise<{ ok: boolean; stdout: string; missing?: boolean }> {
    return new Promise(resolve =>
        execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
            resolve({
                ok: !error,
                stdout,
                missing: (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'
            })
        )
    );
}

/**
 * The text of the file `uri` in the git revision `base` (`HEAD`: the last commit; or a tag or branch of
 * the approved version), read with `git show` from the repository the file is in (nothing is changed).
 */
export async function committedText(uri: vscode.Uri, base: string): Promise<CommittedText> {
    const file = path.basename(uri.path);
    if (uri.scheme !== 'file') {
        return {
            reason: vscode.l10n.t(
                '{0} is not saved in a folder: there is no committed version to compare it with.',
                file
            )
        };
    }
    const cwd = path.dirname(uri.fsPath);
    const top = await git(['rev-parse', '--show-toplevel'], cwd);
    if (top.missing) {
        return {
            reason: vscode.l10n.t('git is not installed: strat needs it to read the committed version.')
        };
    }
    if (!top.ok) {
        return {
            reason: vscode.l10n.t(
                '{0} is not in a git repository: there is no committed version to compare it with.',
                file
            )
        };
    }
    const commit = base.startsWith('-')
        ? undefined
        : await git(['rev-parse', '--verify', '--quiet', '--short', `${base}^{commit}`], cwd);
    if (!commit?.ok) {
        return {
            reason:
                base === 'HEAD'
                    ? vscode.l10n.t(
                          'The repository of {0} has no commit yet: there is nothing to compare with.',
                          file
                      )
                    : vscode.l10n.t(
                          'The repository of {0} has no revision {1} (setting strat.compareWith).',
                          file,
                          base
                      )
        };
    }
    const hash = commit.stdout.trim();
    const shown = await git(['show', `${hash}:./${file}`], cwd);
    if (!shown.ok) {
        return {
            reason: vscode.l10n.t(
                '{0} is not committed yet: {1} does not contain it, so there is nothing to compare it with.',
                file,
                base === 'HEAD' ? vscode.l10n.t('the last commit') : base
            )
        };
    }
    return { text: shown.stdout, name: `${base} (${hash})` };
}
