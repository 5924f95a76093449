import { type Network, networks } from '@alg/service-kit';
import type { SharePostModel } from '../completions/completion.model.js';
import { html, type Markup } from './html.js';
import type { ShareView } from './share-page.service.js';

const NO_INDEX = html`<meta name="robots" content="noindex">`;

const networkLabels: Record<Network, string> = {
  linkedin: 'Share on LinkedIn',
  x: 'Post on X',
  facebook: 'Share on Facebook',
  email: 'Send by e-mail',
};

function page(title: string, head: Markup, body: Markup, bodyAttributes: Markup = html``): string {
  return `<!doctype html>\n${html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/s/assets/share.css">
${head}</head><body ${bodyAttributes}>${body}</body></html>`.html}`;
}

function description(view: ShareView): string {
  const first = view.posts.find((post) => post.network === 'linkedin') ?? view.posts[0];
  const text = first?.text.replace(first.link, '').replace(/\s+/g, ' ').trim() ?? view.interaction.name;

  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** Open Graph and Twitter Card tags, so a shared page previews with the participant's card. */
function previewTags(view: ShareView, title: string): Markup {
  const text = description(view);
  const alt = `${title}: the card of ${view.interaction.name}`;

  return html`<meta name="description" content="${text}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${view.organization.name}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${text}">
<meta property="og:url" content="${view.shareUrl}">
<meta property="og:image" content="${view.cardUrl}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="${alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${text}">
<meta name="twitter:image" content="${view.cardUrl}">
<meta name="twitter:image:alt" content="${alt}">
<link rel="canonical" href="${view.shareUrl}">`;
}

function button(post: SharePostModel, view: ShareView): Markup {
  const code = view.invitation.linkCodes[post.network as Network]!;
  const size = view.networkSizes[post.network as Network];
  const external = post.network !== 'email';

  return html`<a class="share ${post.network}" href="${post.intentUrl}" data-code="${code}"
 data-network-size="${size ?? ''}" ${external ? html`target="_blank" rel="noopener"` : ''}>${networkLabels[post.network as Network]}</a>`;
}

function postBlock(network: string, variants: SharePostModel[], view: ShareView): Markup {
  const [main, ...others] = variants;

  return html`<section class="post">
<h2>${networkLabels[network as Network]}</h2>
${main!.subject ? html`<p class="subject">${main!.subject}</p>` : ''}
<p class="text">${main!.text}</p>
${button(main!, view)}
${others.length ? html`<details><summary>Other versions</summary>${others.map((post) => html`<p class="text">${post.text}</p>`)}</details>` : ''}
</section>`;
}

/** Renders the share page: the rendered posts and one share button per network. */
export function sharePage(view: ShareView): string {
  const name = [view.participant.firstName, view.participant.lastName].filter(Boolean).join(' ');
  const title = name ? `${name} attended ${view.interaction.name}` : `I attended ${view.interaction.name}`;
  const byNetwork = new Map<string, SharePostModel[]>();
  const ordered = [...view.posts].sort((a, b) => networks.indexOf(a.network as Network) - networks.indexOf(b.network as Network));
  for (const post of ordered) byNetwork.set(post.network, [...(byNetwork.get(post.network) ?? []), post]);
  const firstCode = Object.values(view.invitation.linkCodes)[0];
  const seen = firstCode ? html`<img class="seen" src="${`${view.trackingOrigin}/v1/advocate-seen/${firstCode}`}" alt="" width="1" height="1">` : '';

  return page(
    title,
    previewTags(view, title),
    html`<main>
<img class="card" src="${view.cardUrl}" alt="" width="600" height="315">
<h1>Thanks for joining ${view.interaction.name}${name ? html`, ${view.participant.firstName ?? name}` : ''}!</h1>
<p>Share it with your network: each post carries your personal link.</p>
${[...byNetwork.entries()].map(([network, variants]) => postBlock(network, variants, view))}
${seen}
</main><script src="/s/assets/share.js" defer></script>`,
    html`data-tracking="${view.trackingOrigin}"`,
  );
}

export function notFoundPage(): string {
  return page(
    'Page not found',
    NO_INDEX,
    html`<main><h1>Page not found</h1><p>This page does not exist, or it was removed at the participant's request.</p></main>`,
  );
}

export function boothPage(boothName: string, interactionName: string, error?: string): string {
  return page(
    `${boothName} · ${interactionName}`,
    NO_INDEX,
    html`<main><h1>Welcome to ${boothName}</h1><p>Check in to ${interactionName} and get your share page.</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post">
<label>E-mail <input type="email" name="email" required autocomplete="email"></label>
<label>First name <input name="firstName" autocomplete="given-name"></label>
<label>Last name <input name="lastName" autocomplete="family-name"></label>
<label class="check"><input type="checkbox" name="partnerSharing" value="yes"> Share my details with partners of this event</label>
<button type="submit">Check in</button>
</form></main>`,
  );
}

export function boothThanksPage(boothName: string, reason: string): string {
  return page(
    `Checked in at ${boothName}`,
    NO_INDEX,
    html`<main><h1>You are checked in at ${boothName}</h1><p>${reason}</p></main>`,
  );
}

export const SHARE_SCRIPT = `'use strict';
// Records a share with tracking when a share button is clicked; the link
// then opens the network's own share dialog as usual.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('a[data-code]') : null;
  if (!link) return;
  var body = { code: link.dataset.code };
  var size = Number(link.dataset.networkSize);
  if (link.dataset.networkSize && Number.isInteger(size)) body.networkSize = size;
  try {
    fetch(document.body.dataset.tracking + '/v1/share-intents', {
      method: 'POST',
      mode: 'cors',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    // The share still opens when the record cannot be sent.
  }
});
`;

export const SHARE_STYLES = `body{margin:0;font-family:system-ui,sans-serif;background:#f5f7fa;color:#13202b}
main{max-width:640px;margin:0 auto;padding:24px}
.card{width:100%;height:auto;border-radius:12px}
.post{background:#fff;border-radius:12px;padding:16px;margin:16px 0;box-shadow:0 1px 3px #0002}
.post h2{font-size:1rem;margin:0 0 8px}.text{white-space:pre-wrap}.subject{font-weight:600}
.share{display:inline-block;padding:10px 16px;border-radius:8px;background:#1f6f8b;color:#fff;text-decoration:none;font-weight:600}
.linkedin{background:#0a66c2}.x{background:#000}.facebook{background:#1877f2}.email{background:#4a5561}
.seen{position:absolute;width:1px;height:1px;opacity:0}
form label{display:block;margin:12px 0}form input:not([type=checkbox]){display:block;width:100%;padding:8px;font-size:1rem}
button{padding:10px 16px;font-size:1rem}.error{color:#a40000}
`;
