import manifest from '../../../package.json' with { type: 'json' };
import { CHECKS } from '../../validation/codes.js';

/** The README's address on the web (package.json `homepage`, else the repository), without a fragment. */
export function readmeAddress(): string | undefined {
    const fields = manifest as { homepage?: string; repository?: string | { url?: string } };
    if (fields.homepage) {
        return fields.homepage.replace(/#.*$/, '');
    }
    const repository = typeof fields.repository === 'string' ? fields.repository : fields.repository?.url;
    return repository?.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** Where a check is explained: its row in the README's check table (anchors `check-<code>`). */
export function helpUri(code: string): string | undefined {
    const address = readmeAddress();
    return address && code in CHECKS ? `${address}#check-${code}` : undefined;
}
