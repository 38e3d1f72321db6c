import type { Locale } from '../i18n/locale.js';
import { REVIEW_LABELS } from '../i18n/review-labels.js';
import { describeDiff, diffMarkdown, diffText } from '../diff/render-diff.js';
import { diffWorkspaces } from '../diff/workspace-diff.js';
import { terminalText } from './terminal-text.js';
import { modelOfVersion, versionName, versionOf } from './workspace-versions.js';

export interface DiffOptions {
    format: 'text' | 'json' | 'markdown';
    lang: Locale;
    /** Exit 1 when there are changes (as `git diff --exit-code`). */
    exitCode: boolean;
}

/**
 * `strat diff [A] [B]`: what changed from A to B, each a folder or a git revision. Without B the
 * working folder is the newer side; without A, too, it is compared with `HEAD`.
 */
export async function runDiff(specs: string[], options: DiffOptions): Promise<number> {
    const cwd = process.cwd();
    const [a, b] = specs;
    const older = await versionOf(a ?? 'HEAD', cwd);
    const newer = b === undefined ? { folder: cwd } : await versionOf(b, cwd);
    const before = await modelOfVersion(older, cwd, options.lang);
    const after = await modelOfVersion(newer, cwd, options.lang);
    const diff = diffWorkspaces(before, after);
    const from = versionName(older, cwd);
    const to = b === undefined ? undefined : versionName(newer, cwd);
    if (options.format === 'json') {
        process.stdout.write(JSON.stringify({ from, to: to ?? null, ...diff }, null, 2) + '\n');
    } else {
        const groups = describeDiff(diff, before, after, options.lang);
        const r = REVIEW_LABELS[options.lang];
        const title = to === undefined ? r.changesSince(from) : `${r.changes}: ${from} → ${to}`;
        process.stdout.write(
            options.format === 'markdown'
                ? diffMarkdown(groups, options.lang, title)
                : diffText(groups, options.lang, terminalText)
        );
    }
    return options.exitCode && diff.changes.length > 0 ? 1 : 0;
}
