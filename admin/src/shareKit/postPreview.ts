// Renders share-kit templates the way the campaigns service renders an
// advocate's post, so that the guided flow can preview each network live
// and count characters as the network does. The service checks the kit
// again when the campaign is saved.

export type Network = 'LINKEDIN' | 'X' | 'FACEBOOK' | 'EMAIL';

/** Placeholders that a template may use, in the order the editor offers them. */
export const templatePlaceholders = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'title',
  'interactionName',
  'campaignName',
  'organizationName',
  'link',
] as const;

export type Placeholder = (typeof templatePlaceholders)[number];
export type PlaceholderValues = Readonly<Record<Placeholder, string>>;

/** X allows 280 weighted characters and counts every link as 23, its t.co length. */
export const X_CHARACTER_LIMIT = 280;
export const X_LINK_LENGTH = 23;

/** Longest post each network accepts, or null where the console has no limit for it. */
export const networkLimits: Readonly<Record<Network, number | null>> = {
  LINKEDIN: 3000,
  X: X_CHARACTER_LIMIT,
  FACEBOOK: null,
  EMAIL: null,
};

/** Most variants of one network that a share kit may hold. */
export const MAX_VARIANTS_PER_NETWORK = 5;

const PLACEHOLDER = /\{([^{}]*)\}/g;

function isPlaceholder(name: string): name is Placeholder {
  return (templatePlaceholders as readonly string[]).includes(name);
}

/** Replaces the known placeholders and leaves unknown ones as written. */
export function renderTemplate(template: string, values: PlaceholderValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}

/** Names between braces that are not placeholders, so that the editor can flag them. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!).filter((name) => !isPlaceholder(name));
}

/** Weight of one code point on X: 1 for Latin scripts and common punctuation, 2 for the rest. */
function xWeight(codePoint: number): number {
  const light =
    codePoint <= 0x10ff ||
    (codePoint >= 0x2000 && codePoint <= 0x200d) ||
    (codePoint >= 0x2010 && codePoint <= 0x201f) ||
    (codePoint >= 0x2032 && codePoint <= 0x2037);
  return light ? 1 : 2;
}

/** Length of a post as a network counts it: X weighs characters and counts the link as 23. */
export function postLength(network: Network, text: string, link: string): number {
  if (network !== 'X') {
    return [...text].length;
  }
  const pieces = link === '' ? [text] : text.split(link);
  let length = (pieces.length - 1) * X_LINK_LENGTH;
  for (const piece of pieces) {
    for (const char of piece) length += xWeight(char.codePointAt(0)!);
  }
  return length;
}

/** Values as long as the service's own check uses: 20 characters a name, 41 a full name. */
export function longestValues(link: string): PlaceholderValues {
  const twenty = 'x'.repeat(20);
  return {
    firstName: twenty,
    lastName: twenty,
    fullName: 'x'.repeat(41),
    company: twenty,
    title: twenty,
    interactionName: twenty,
    campaignName: twenty,
    organizationName: twenty,
    link,
  };
}

/** A rendered post with its length and whether it fits the network. */
export interface PostPreview {
  text: string;
  length: number;
  limit: number | null;
  /** Length with 20-character names, which the service checks X posts against. */
  longestLength: number;
  fits: boolean;
}

export function previewPost(network: Network, template: string, values: PlaceholderValues): PostPreview {
  const text = renderTemplate(template, values);
  const length = postLength(network, text, values.link);
  const longest = longestValues(values.link);
  const longestLength = postLength(network, renderTemplate(template, longest), longest.link);
  const limit = networkLimits[network];
  // The service rejects an X template whose longest rendering passes the limit.
  const checked = network === 'X' ? Math.max(length, longestLength) : length;
  return { text, length, limit, longestLength, fits: limit === null || checked <= limit };
}
