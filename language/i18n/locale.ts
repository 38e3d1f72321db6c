export type Locale = 'de' | 'en';

/** Picks `de` or `en` from a language tag or a POSIX locale (`de_DE.UTF-8`, `de-AT`, `en`). */
export function localeFrom(tag: string | undefined, fallback: Locale = 'en'): Locale {
    const lang = tag
        ?.trim()
        .toLowerCase()
        .split(/[-_.@]/)[0];
    return lang === 'de' || lang === 'en' ? lang : fallback;
}
