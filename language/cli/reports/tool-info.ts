import { STRAT_HOMEPAGE } from '../../version.js';
import { CHECKS } from '../../validation/codes.js';
import { PROJECT_FILE_CODE } from '../../project/project-config.js';
import { UNREADABLE_FILE } from '../diagnostic-records.js';

/** Besides the checks, the findings about the input that the README explains (below its check table). */
const INPUT_FINDINGS = new Set([UNREADABLE_FILE, PROJECT_FILE_CODE]);

/** The README's address on the web (package.json `homepage`), without a fragment. */
export function readmeAddress(): string | undefined {
    return STRAT_HOMEPAGE?.replace(/#.*$/, '');
}

/** Where a finding's code is explained: its row in the README's check tables (anchors `check-<code>`). */
export function helpUri(code: string): string | undefined {
    const address = readmeAddress();
    return address && (code in CHECKS || INPUT_FINDINGS.has(code)) ? `${address}#check-${code}` : undefined;
}
