import type { FeedState } from '@maillage/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { supportedLanguage, translate } from './i18n/index.js';

export type StatusView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-found'; readonly id: string }
  | { readonly kind: 'error' | 'stale'; readonly state: FeedState; readonly retry: () => void }
  | { readonly kind: 'empty'; readonly filtered: boolean; readonly clear?: () => void };

/** A date as people read it, in the page's language. */
export function formatDateTime(epoch: number, lang: string, timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(epoch);
  } catch {
    return new Date(epoch).toISOString();
  }
}

/**
 * The shared states, drawn the same way by every widget. Loading is a polite status; an error is an
 * alert with a retry button; a stale copy says from when; empty says why and can clear the filters.
 */
export function renderStatus(view: StatusView, lang: string): TemplateResult {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  switch (view.kind) {
    case 'loading':
      return html`<p part="status" data-kind="loading" role="status" class="loading">${t('state.loading')}</p>`;
    case 'missing':
      return html`<p part="status" data-kind="missing" role="status">${t('state.no-feed')}</p>`;
    case 'not-found':
      return html`<p part="status" data-kind="missing" role="status">${t('state.feed-not-found', { id: view.id })}</p>`;
    case 'error':
    case 'stale': {
      const error = view.state.error;
      const detail = error ? error.message[supportedLanguage(lang)] : '';
      const since = view.state.staleSince;
      return html`<div part="status" data-kind=${view.kind} role=${view.kind === 'error' ? 'alert' : 'status'}>
        ${view.kind === 'error'
          ? html`<p><strong>${t('state.error.title')}</strong></p>`
          : html`<p>${t('state.stale', { date: since ? formatDateTime(since, lang) : '?' })}</p>`}
        ${detail ? html`<p>${detail}</p>` : nothing}
        <button type="button" class="button secondary" @click=${view.retry}>${t('state.error.retry')}</button>
      </div>`;
    }
    case 'empty':
      return html`<div part="status" data-kind="empty" role="status">
        <p>${t(view.filtered ? 'state.empty.filtered' : 'state.empty')}</p>
        ${view.filtered && view.clear
          ? html`<button type="button" class="button secondary" @click=${view.clear}>${t('state.empty.clear')}</button>`
          : nothing}
      </div>`;
  }
}
