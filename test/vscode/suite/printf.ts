/**
 * printf-style formatting as console.log does it (`%s`, `%d`, `%i`, `%f`, `%j`, `%o`, `%O`, `%c`, `%%`),
 * without Node's `util`: the VS Code suites run in Node's extension host and in the browser's.
 */
export function printf(...args: unknown[]): string {
    if (typeof args[0] !== 'string') {
        return args.map(show).join(' ');
    }
    const rest = args.slice(1);
    const text = args[0].replace(/%([sdifjoOc%])/g, (whole, kind: string) => {
        if (kind === '%') {
            return '%';
        }
        if (rest.length === 0) {
            return whole;
        }
        const value = rest.shift();
        switch (kind) {
            case 'd':
            case 'i':
                return String(Math.trunc(Number(value)));
            case 'f':
                return String(Number(value));
            case 'j':
                return JSON.stringify(value);
            case 'c':
                return '';
            default:
                return show(value);
        }
    });
    return [text, ...rest.map(show)].join(' ');
}

function show(value: unknown): string {
    if (typeof value === 'string') {
        return value;
    }
    if (value instanceof Error) {
        return value.stack ?? value.message;
    }
    if (typeof value === 'object' && value !== null) {
        try {
            return JSON.stringify(value);
        } catch {
            return String(value);
        }
    }
    return String(value);
}
