import picocolors from 'picocolors';

/**
 * Whether to colour what goes to standard output: only on a terminal (not into a pipe or file,
 * also not in CI logs), unless `NO_COLOR` forbids it or `FORCE_COLOR` asks for it.
 */
export function colourWanted(
    stream: { isTTY?: boolean } = process.stdout,
    env: NodeJS.ProcessEnv = process.env
): boolean {
    if (env.NO_COLOR) {
        return false;
    }
    if (
        env.FORCE_COLOR !== undefined &&
        env.FORCE_COLOR !== '' &&
        env.FORCE_COLOR !== '0' &&
        env.FORCE_COLOR !== 'false'
    ) {
        return true;
    }
    return stream.isTTY === true && env.TERM !== 'dumb';
}

/** The colours for standard output, switched off unless `colourWanted()`. */
export const pc = picocolors.createColors(colourWanted());
