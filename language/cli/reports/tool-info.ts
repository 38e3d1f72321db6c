import { STRAT_HOMEPAGE } from '../../version.js';
import { CHECKS } from '../../validation/codes.js';

/** The README's address on the web (package.json `homepage`), without a fragment. */
export function readmeAddress(): string | undefined {
    return STRAT_HOMEPAGE?.replace(/#.*$/, '');
}

/** Where a check is explained: its row in the README's check table (anchors `check-<code>`). */
export function helpUri(code: string): string | undefined {
    const address = readmeAddress();
    return address && code in CHECKS ? `${address}#check-${code}` : undefined;
}
