import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';

/** A status bar item that shows whether the language server is starting, running or stopped. */
export function createStatusItem(client: BaseLanguageClient): vscode.LanguageStatusItem {
    const item = vscode.languages.createLanguageStatusItem('strat.server', { language: 'strat' });
    item.name = vscode.l10n.t('strat language server');
    item.command = { title: vscode.l10n.t('Show output'), command: 'strat.showOutput' };
    const show = (state: State) => {
        item.busy = state === State.Starting;
        item.severity =
            state === State.Stopped
                ? vscode.LanguageStatusSeverity.Error
                : vscode.LanguageStatusSeverity.Information;
        item.text =
            state === State.Running
                ? '$(check) strat'
                : state === State.Starting
                  ? vscode.l10n.t('strat: starting')
                  : `$(error) ${vscode.l10n.t('strat: stopped')}`;
        item.detail =
            state === State.Stopped
                ? vscode.l10n.t('Run "{0}"', `strat: ${vscode.l10n.t('Restart Language Server')}`)
                : undefined;
    };
    show(client.state);
    client.onDidChangeState(event => show(event.newState));
    return item;
}
