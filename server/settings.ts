import type { ConfigurationProvider } from 'langium';
import { localeFrom, type Locale } from '../language/i18n/locale.js';

/**
 * The user's settings (`strat.*`) as the server sees them. The language of everything the server
 * says (diagnostics, hovers, quick fixes, the preview) follows `strat.language`; when it is "auto",
 * the project file's `language`, else the editor's display language: this is the server's one
 * carrier of that choice.
 */
export class StratSettings {
    private displayLanguage: string | undefined;
    private languageSetting: string | undefined;
    /** The language the server speaks. */
    locale: Locale = 'en';
    /** Whether the client offers the snippets itself (VS Code, from client/snippets.json). */
    clientSnippets = false;

    constructor(
        private readonly configuration: ConfigurationProvider,
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

    /** Sets the language from what is known now (also after the project files changed). */
    applyLocale(): Locale {
        const setting = this.languageSetting;
        this.locale =
            setting === 'de' || setting === 'en'
                ? setting
                : (this.projectLanguage() ?? localeFrom(this.displayLanguage));
        return this.locale;
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
