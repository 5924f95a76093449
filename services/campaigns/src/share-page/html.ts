/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** The tag template that escapes every interpolated value unless it is already markup. */
export class Markup {
  constructor(readonly html: string) {}

  toString(): string {
    return this.html;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0]!;
  values.forEach((value, index) => {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (item instanceof Markup) out += item.html;
      else if (item !== null && item !== undefined && item !== false) out += escapeHtml(String(item));
    }
    out += strings[index + 1]!;
  });

  return new Markup(out);
}
