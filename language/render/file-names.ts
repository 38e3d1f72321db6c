import type { StrategyModel } from '../model/workspace-model.js';

/**
 * File names (without extension) of the strategies, for the site's pages and the Word documents: names
 * that every file system takes: only letters, digits, `_` and `-` (in NFC), at most MAX_NAME_LENGTH
 * characters, never a name Windows reserves (`CON`, `NUL`, `COM1` …), and unique also where letter
 * case or Unicode normalisation does not count (Windows, macOS): a name taken already gets `-2`, `-3` …
 * Of two strategies with the same id, the first one gets the name.
 */
export function strategyFileNames(strategies: readonly StrategyModel[]): Map<string, string> {
    const names = new Map<string, string>();
    const used = new Set<string>();
    for (const s of strategies) {
        if (names.has(s.id)) {
            continue;
        }
        const base = fileName(s.id);
        let name = base;
        for (let n = 2; used.has(foldedName(name)); n++) {
            name = `${base}-${n}`;
        }
        used.add(foldedName(name));
        names.set(s.id, name);
    }
    return names;
}

/** Far below the 255 bytes a file name may have, also in UTF-8 with four bytes per character. */
const MAX_NAME_LENGTH = 48;

/** Names Windows reserves for devices, with any extension and in any case. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;

function fileName(id: string): string {
    const safe = [...id.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '_')]
        .slice(0, MAX_NAME_LENGTH)
        .join('');
    const name = safe || 'strategy';
    return WINDOWS_RESERVED.test(name) ? `${name}_` : name;
}

/** A name as a case-insensitive, normalising file system compares it. */
function foldedName(name: string): string {
    return name.normalize('NFC').toLowerCase();
}
