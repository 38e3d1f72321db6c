import type { ConfigurationProvider } from 'langium';
import type { Messages } from '../language/i18n/messages.js';
import { localeFrom, type Locale } from '../language/i18n/locale.js';

/**
 * The user's settings (`strat.*`) as the server sees them. The message language follows
 * `strat.language`, or the editor's display language when it is "auto".
 */
export class StratSettings {
    private displayLanguage: string | undefined;

    constructor(
        private readonly configuration: ConfigurationProvider,
        private readonly messages: Messages
    ) {}

    /** The editor's display language, from the client's initialize request. */
    setDisplayLanguage(language: string | undefined): void {
        this.displayLanguage = language;
        this.messages.setLocale(localeFrom(language));
    }

    async refreshLocale(): Promise<Locale> {
        const setting = await this.get<string>('language');
        const locale = setting === 'de' || setting === 'en' ? setting : localeFrom(this.displayLanguage);
        this.messages.setLocale(locale);
        return locale;
    }

    async decisionTitleHints(): Promise<boolean> {
        const inlayHints = await this.get<{ decisionTitles?: boolean }>('inlayHints');
        return inlayHints?.decisionTitles !== false;
    }

    private async get<T>(key: string): Promise<T | undefined> {
        try {
            return (await this.configuration.getConfiguration('strat', key)) as T | undefined;
        } catch {
            return undefined;
        }
    }
}
