import { isbot } from 'isbot';

/** User agents of the crawlers that fetch a link to draw its preview card. */
const PREVIEW_CRAWLERS =
  /linkedinbot|slackbot|slack-imgproxy|twitterbot|facebookexternalhit|facebookcatalog|whatsapp|telegrambot|discordbot|skypeuripreview|microsoftpreview|teams|pinterestbot|redditbot|applebot|embedly|iframely|vkshare|bitlybot|outbrain|mastodon/i;

export type RequestClass = 'human' | 'preview' | 'bot';

export interface RequestSignals {
  method: string;
  userAgent: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

function header(signals: RequestSignals, name: string): string {
  const value = signals.headers[name];

  return (Array.isArray(value) ? value.join(',') : (value ?? '')).toLowerCase();
}

/**
 * Classifies a redirect request. Link-preview crawlers, HEAD requests and
 * browser prefetches (Purpose, Sec-Purpose, X-Purpose, X-Moz) are previews;
 * other automated agents, as the isbot library lists them, are bots.
 */
export function classifyRequest(signals: RequestSignals): RequestClass {
  const userAgent = signals.userAgent ?? '';
  if (PREVIEW_CRAWLERS.test(userAgent)) return 'preview';
  if (signals.method === 'HEAD') return 'preview';
  const purpose = `${header(signals, 'purpose')} ${header(signals, 'sec-purpose')} ${header(signals, 'x-purpose')} ${header(signals, 'x-moz')}`;
  if (/prefetch|preview|prerender/.test(purpose)) return 'preview';
  if (userAgent === '' || isbot(userAgent)) return 'bot';

  return 'human';
}
