/** Escaping for the two places report text lands: HTML text/attributes, and JSON inside a <script> element. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value that shows as typed: "<b>" stays the four characters, never a tag. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);

/**
 * JSON that cannot end its <script> element early: "</script>" or "<!--" in a claimant name would otherwise
 * close it. JSON.parse reads \u003c back as "<"; U+2028/2029 are escaped for older JavaScript parsers.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
