/**
 * The sanitiser as the elements and the public API reach it: loaded on first use, once per page,
 * so a page that never opens a body never downloads DOMPurify (see src/internal/on-demand/).
 */
import { loadSanitizer, type SanitizerModule } from '../internal/on-demand/sanitizer.js';

let sanitizer: Promise<SanitizerModule> | undefined;

/** The sanitiser module; a failed load is tried again on the next call. */
export function loadBodySanitizer(): Promise<SanitizerModule> {
  sanitizer ??= loadSanitizer().catch((error: unknown) => {
    sanitizer = undefined;
    throw error;
  });
  return sanitizer;
}

/**
 * A release body (HTML or plain text, as the endpoint sent it) as HTML that is safe to insert:
 * sanitised with DOMPurify and a small allow-list, cut at 100 000 characters. Resolves once the
 * sanitiser has loaded (at once after the first call).
 */
export async function safeBodyHtml(body: string): Promise<string> {
  return (await loadBodySanitizer()).safeBodyHtml(body);
}

/** Any HTML through the same sanitiser and allow-list as release bodies, without the length cut. */
export async function sanitizeHtml(html: string): Promise<string> {
  return (await loadBodySanitizer()).sanitizeHtml(html);
}
