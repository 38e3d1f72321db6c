import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { PROJECT_MESSAGES } from '../i18n/project-messages.js';
import { InputError } from '../workspace/input-error.js';
import { starterFiles } from '../project/starter-project.js';

/**
 * `strat init [dir]`: writes a starter project (project file, a catalogue, one strategy) that
 * validates clean. Refuses, writing nothing, when any of its files exists.
 */
export async function runInit(folder: string, options: { lang: Locale }): Promise<number> {
    const words = PROJECT_MESSAGES[options.lang].init;
    const root = path.resolve(folder);
    const stat = await fs.stat(root).catch(() => undefined);
    if (stat && !stat.isDirectory()) {
        throw new InputError(words.notFolder(folder));
    }
    const files = starterFiles(options.lang);
    const existing: string[] = [];
    for (const name of Object.keys(files)) {
        if (await fs.lstat(path.join(root, name)).catch(() => undefined)) {
            existing.push(path.join(folder, name).split(path.sep).join('/'));
        }
    }
    if (existing.length > 0) {
        throw new InputError(words.exists(existing.join(', ')));
    }
    for (const [name, text] of Object.entries(files)) {
        const file = path.join(root, name);
        await fs.mkdir(path.dirname(file), { recursive: true });
        // 'wx': never replace a file that appeared meanwhile
        await fs.writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
    }
    process.stdout.write(words.written(folder, Object.keys(files).join(', ')) + '\n');
    process.stdout.write(words.next + '\n');
    return 0;
}
