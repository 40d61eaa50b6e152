/**
 * The code a webmaster copies from the configurator: the script tag and the element, or the iframe form for
 * CMSs that refuse scripts. Values are escaped, so whatever was typed, the snippet stays one element with
 * the attributes chosen.
 */
export const SNIPPET_WIDGETS = ['agenda', 'map', 'volunteers', 'showcase'] as const;
export type SnippetWidget = (typeof SNIPPET_WIDGETS)[number];

export interface SnippetConfig {
  readonly widget: SnippetWidget;
  /** Where the Maillage files are served from, ending with `/` (e.g. `https://ville.example/maillage/`). */
  readonly base: string;
  /** Attribute name to value; empty values are left out, `true` gives a bare attribute. */
  readonly attributes: Readonly<Record<string, string | boolean>>;
  /** Custom properties (`--maillage-accent`) to set on the element. */
  readonly tokens?: Readonly<Record<string, string>>;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const TOKEN_NAME = /^--maillage-[a-z0-9-]+$/;
const TOKEN_VALUE = /^[#a-zA-Z0-9.,%() -]{1,40}$/;

function attributeText(attributes: SnippetConfig['attributes']): string {
  return Object.entries(attributes)
    .filter(([name, value]) => ATTRIBUTE_NAME.test(name) && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
}

function styleText(tokens: SnippetConfig['tokens']): string {
  const declarations = Object.entries(tokens ?? {})
    .filter(([name, value]) => TOKEN_NAME.test(name) && TOKEN_VALUE.test(value))
    .map(([name, value]) => `${name}: ${value}`);
  return declarations.length ? ` style="${escapeAttribute(declarations.join('; '))}"` : '';
}

/**
 * `<link rel="stylesheet" href="…/maillage.css">` (the room the widget takes while it loads, so that the page
 * does not jump), `<script type="module" src="…/agenda.js"></script>` and `<maillage-agenda …></maillage-agenda>`.
 */
export function scriptSnippet(config: SnippetConfig): string {
  const tag = `maillage-${config.widget}`;
  return [
    `<link rel="stylesheet" href="${escapeAttribute(`${config.base}maillage.css`)}">`,
    `<script type="module" src="${escapeAttribute(`${config.base}${config.widget}.js`)}"></script>`,
    `<${tag}${attributeText(config.attributes)}${styleText(config.tokens)}></${tag}>`,
  ].join('\n');
}

/** The iframe form: `embed.html` with the same choices in its address. */
export function iframeSnippet(config: SnippetConfig, title: string): string {
  const params = new URLSearchParams({ widget: config.widget });
  for (const [name, value] of Object.entries(config.attributes)) {
    if (!ATTRIBUTE_NAME.test(name) || value === false || value === '') continue;
    params.set(name, value === true ? '1' : value);
  }
  for (const [name, value] of Object.entries(config.tokens ?? {})) {
    if (TOKEN_NAME.test(name) && TOKEN_VALUE.test(value)) params.set(name.replace('--maillage-', ''), value);
  }
  const src = `${config.base}embed.html?${params.toString()}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" style="width: 100%; height: 900px; border: 0" loading="lazy"></iframe>`;
}
