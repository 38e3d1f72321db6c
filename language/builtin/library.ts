/**
 * The built-in library: the default rating scales that every workspace sees, taken from the
 * Stakeholder Peer Review's assessment scheme (traffic-light status, Harvey-ball progress).
 */
export const BUILTIN_LIBRARY_URI = 'builtin:///library.strat';

/**
 * Whether a document is a file of the workspace: on disk (`file:`) or in a browser workbench's file
 * system (github.dev's `vscode-vfs:`, a remote's `vscode-remote:`, …), not the built-in library and not
 * an editor's unsaved, untitled text.
 */
export function isWorkspaceFile(uri: { scheme: string }): boolean {
    return uri.scheme !== 'builtin' && uri.scheme !== 'untitled';
}

export const BUILTIN_LIBRARY = `// Built-in library of strat: the default assessment scheme.
// Status says whether a goal can still be reached by the strategy's horizon;
// progress says how many of the necessary steps are done.

scale status "Status" english "Status" {
    value critical "kritisch" english "critical" color "#c62828" symbol "▲" meaning "Das Ziel ist aus heutiger Sicht bis zum Zieltermin nicht erreichbar."
    value needs-action "weitere Maßnahmen erforderlich" english "further action needed" color "#f9a825" symbol "◆" meaning "Das Ziel ist nur mit weiteren Maßnahmen bis zum Zieltermin erreichbar."
    value uncritical "unkritisch" english "uncritical" color "#2e7d32" symbol "●" meaning "Das Ziel ist aus heutiger Sicht bis zum Zieltermin erreichbar."
}

scale progress "Umsetzung" english "Progress" {
    value beginning "am Anfang" english "at the beginning" color "#9e9e9e" symbol "◔" meaning "Wenige der notwendigen Schritte sind erfolgt."
    value advanced "fortgeschritten" english "advanced" color "#616161" symbol "◑" meaning "Ein wesentlicher Teil der notwendigen Schritte ist erfolgt."
    value completed "abgeschlossen" english "completed" color "#212121" symbol "●" meaning "Alle notwendigen Schritte sind erfolgt."
}
`;

export function isBuiltinUri(uri: string): boolean {
    return uri.startsWith('builtin:');
}
