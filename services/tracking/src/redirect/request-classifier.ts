import { isbot } from 'isbot';

/** User agents of the crawlers that fetch a link to draw its preview card. */
const PREVIEW_CRAWLERS =
  /linkedinbot|slackbot|slack-imgproxy|twitterbot|facebookexternalhit|facebookcatalog|meta-externalagent|whatsapp|telegrambot|discordbot|skypeuripreview|microsoftpreview|teams|pinterestbot|redditbot|applebot|embedly|iframely|vkshare|bitlybot|outbrain|mastodon|bluesky|cardyb|google-pagerenderer|googleother|snapchat|viber|line-poker|kakaotalk-scrap|zoominfobot|chatgpt-user/i;

/** Header values by which browsers and proxies announce a speculative fetch. */
const SPECULATIVE_PURPOSE = /prefetch|preview|prerender/;
const PURPOSE_HEADERS = ['purpose', 'sec-purpose', 'x-purpose', 'x-moz'] as const;

export type RequestClass = 'human' | 'preview' | 'bot';

export interface RequestSignals {
  method: string;
  userAgent: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Classification by user agent alone, remembered for the agents seen most
 * recently: a few browser versions make up most traffic, and isbot's
 * pattern is the costliest step of a redirect.
 */
class AgentClasses {
  private readonly known = new Map<string, RequestClass>();
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  of(userAgent: string): RequestClass {
    let result = this.known.get(userAgent);
    if (result === undefined) {
      result = PREVIEW_CRAWLERS.test(userAgent) ? 'preview' : userAgent === '' || isbot(userAgent) ? 'bot' : 'human';
      if (this.known.size >= this.capacity) this.known.clear();
      if (userAgent.length <= 512) this.known.set(userAgent, result);
    }

    return result;
  }
}

const agentClasses = new AgentClasses(2_000);

function announcesSpeculation(headers: RequestSignals['headers']): boolean {
  for (const name of PURPOSE_HEADERS) {
    const value = headers[name];
    if (value === undefined) continue;
    if (SPECULATIVE_PURPOSE.test((Array.isArray(value) ? value.join(',') : value).toLowerCase())) return true;
  }

  return false;
}

/**
 * Classifies a redirect request. HEAD requests, link-preview crawlers and
 * speculative fetches (Purpose, Sec-Purpose, X-Purpose and X-Moz headers)
 * are previews. Other requests without a user agent, or from an automated
 * agent that the isbot library lists, are bots. The rest are people.
 */
export function classifyRequest(signals: RequestSignals): RequestClass {
  if (signals.method === 'HEAD') return 'preview';
  const byAgent = agentClasses.of(signals.userAgent ?? '');
  if (byAgent === 'preview') return 'preview';
  if (announcesSpeculation(signals.headers)) return 'preview';

  return byAgent;
}
