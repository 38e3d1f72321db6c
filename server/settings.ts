import type { ConfigurationProvider } from 'langium';
import type { Messages } from '../language/i18n/messages.js';
import { localeFrom, type Locale } from '../language/i18n/locale.js';

/**
 * The user's settings (`strat.*`) as the server sees them. The message language follows
 * `strat.language`; when it is "auto", the project file's `language`, else the editor's display
 * language.
 */
export class StratSettings {
    private displayLanguage: string | undefined;
    private languageSetting: string | undefined;

    constructor(
        private readonly configuration: ConfigurationProvider,
        private readonly messages: Messages,
        private readonly projectLanguage: () => Locale | undefined = () => undefined
    ) {}

    /** The editor's display language, from the client's initialize request. */
    setDisplayLanguage(language: string | undefined): void {
        this.displayLanguage = language;
        this.applyLocale();
    }

    async refreshLocale(): Promise<Locale> {
        this.languageSetting = await this.get<string>('language');
        return this.applyLocale();
    }

    /** Sets the language of messages from what is known now (after the project files changed). */
    applyLocale(): Locale {
        const setting = this.languageSetting;
        const locale =
            setting === 'de' || setting === 'en'
                ? setting
                : (this.projectLanguage() ?? localeFrom(this.displayLanguage));
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
