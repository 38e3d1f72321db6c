/**
 * Where the browser entry's language server runs, and how it was found to run there: as a web worker
 * that answered, or in the extension host because the worker failed to load.
 */
export interface ServerStart {
    host: 'web-worker' | 'extension-host';
    /** Why the worker was not used (its error), when it was not. */
    reason?: string;
}

/** One end of a channel to the server, as the LSP message reader and writer of the browser use it. */
export interface ServerPort {
    postMessage(message: unknown): void;
    onmessage: ((event: { data: unknown }) => void) | null;
    addEventListener(type: 'error', listener: (event: unknown) => void): void;
}

/** What the extension uses of the browser's Worker (the project compiles without the DOM library). */
export interface WorkerLike {
    postMessage(message: unknown): void;
    addEventListener(
        type: 'message' | 'error',
        listener: (event: { data?: unknown; message?: string }) => void
    ): void;
    terminate(): void;
}

/**
 * The channel to the language server of the browser entry: the server's worker, started at once and
 * counted as started when it answers (the client's first message is `initialize`). A worker that
 * fails to load before it answers (a workbench that refuses workers of extensions, a blocked script)
 * is replaced by `fallback` (the server in the extension host), which is sent what the worker was
 * sent; there is no waiting for an error that does not come.
 */
export function serverPort(
    startWorker: () => WorkerLike,
    fallback: (reason: string) => Promise<ServerPort>
): { port: ServerPort; started: Promise<ServerStart> } {
    const unanswered: unknown[] = [];
    const errorListeners: Array<(event: unknown) => void> = [];
    let target: { postMessage(message: unknown): void } | undefined;
    let answered = false;
    let resolveStarted: (start: ServerStart) => void = () => undefined;
    const started = new Promise<ServerStart>(resolve => (resolveStarted = resolve));

    const port: ServerPort = {
        onmessage: null,
        postMessage(message) {
            if (!answered) {
                unanswered.push(message);
            }
            target?.postMessage(message);
        },
        addEventListener(_type, listener) {
            errorListeners.push(listener);
        }
    };

    const receive = (start: ServerStart) => (event: { data?: unknown }) => {
        if (!answered) {
            answered = true;
            unanswered.length = 0;
            resolveStarted(start);
        }
        port.onmessage?.({ data: event.data });
    };

    const useFallback = (reason: string) => {
        target = undefined;
        void fallback(reason).then(
            channel => {
                channel.onmessage = receive({ host: 'extension-host', reason });
                channel.addEventListener('error', event => errorListeners.forEach(l => l(event)));
                target = channel;
                unanswered.forEach(message => channel.postMessage(message));
            },
            (error: unknown) => errorListeners.forEach(l => l(error))
        );
    };

    let worker: WorkerLike;
    try {
        worker = startWorker();
    } catch (error) {
        useFallback(error instanceof Error ? error.message : String(error));
        return { port, started };
    }
    target = worker;
    worker.addEventListener('message', receive({ host: 'web-worker' }));
    worker.addEventListener('error', event => {
        if (answered) {
            errorListeners.forEach(l => l(event));
            return;
        }
        worker.terminate();
        useFallback(event.message || 'the worker did not load');
    });
    return { port, started };
}
