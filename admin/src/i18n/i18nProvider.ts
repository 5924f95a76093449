import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';

const messages: Record<string, TranslationMessages> = {
  en: { ...englishMessages, ...en },
};

export const i18nProvider = polyglotI18nProvider((locale) => messages[locale] ?? messages.en!, 'en', [
  { locale: 'en', name: 'English' },
]);
