/**
 * "Je me propose": the sign-up form in a modal dialog, loaded the first time a visitor opens it. It keeps
 * what the volunteer types (sessionStorage), sends it to the mission's endpoint or prepares an email, and
 * when the send fails keeps the form filled and offers the same text by email or to copy.
 */
import { safeUrl } from '@maillage/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { VolunteersTranslator } from '../i18n/translator.js';
import { clearDraft, draftKey, readDraft, writeDraft } from './draft.js';
import { mailtoHref, signupText } from './mail.js';
import { buildPayload, EMPTY_VALUES, type SignupValues } from './payload.js';
import { postSignup, type SendFailure } from './send.js';
import { MAX_LENGTH, SIGNUP_FIELDS, validateSignup, type SignupErrors, type SignupField } from './validate.js';

/** The mission as the form needs it, resolved by the element from the feed. */
export interface SignupTarget {
  readonly missionId: string;
  readonly missionTitle: string;
  readonly organizationId: string;
  readonly organizationName: string;
  /** http(s) only, checked. */
  readonly privacyUrl: string | null;
  /** Where the POST goes; null: the form prepares an email instead. */
  readonly endpoint: string | null;
  /** The address the email goes to: the mission's contact, else the organization's or the publisher's. */
  readonly email: string | null;
  readonly feedUrl: string;
  readonly pageUrl: string;
  readonly lang: string;
}

export interface SignupHost {
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Below this time (ms) since the dialog opened, a send is taken for a robot's. */
  readonly signupMinMs: number;
  readonly signupTimeoutMs: number;
  readonly tr: VolunteersTranslator;
}

type Phase = 'form' | 'sending' | 'sent' | 'failed' | 'email-ready';
type Focus = 'first' | 'summary' | 'failure' | 'result' | 'notice' | 'copy';

/** The id of the input that an error points to. */
const FIELD_INPUT: Readonly<Record<SignupField, string>> = {
  name: 'signup-name',
  contact: 'signup-email',
  email: 'signup-email',
  phone: 'signup-phone',
  consent: 'signup-consent',
};

export class SignupFlow {
  target: SignupTarget | null = null;
  values: SignupValues = { ...EMPTY_VALUES };
  errors: SignupErrors = {};
  phase: Phase = 'form';
  failure: { reason: SendFailure; status?: number } | null = null;
  notice = '';
  copy: 'idle' | 'copied' | 'manual' = 'idle';
  #honeypot = '';
  #openedAt = 0;
  #opener: HTMLElement | null = null;
  #focus: Focus | null = null;
  #summaryShown = false;

  constructor(private readonly host: SignupHost) {}

  get #key(): string {
    return this.target ? draftKey(this.target.feedUrl, this.target.missionId) : '';
  }

  /** Opens the form for a mission, with what the volunteer typed for it earlier in this tab. */
  open(target: SignupTarget, opener: HTMLElement | null): void {
    this.target = target;
    this.values = readDraft(draftKey(target.feedUrl, target.missionId)) ?? { ...EMPTY_VALUES };
    this.errors = {};
    this.phase = 'form';
    this.failure = null;
    this.notice = '';
    this.copy = 'idle';
    this.#honeypot = '';
    this.#summaryShown = false;
    this.#opener = opener;
    this.#openedAt = Date.now();
    this.#focus = 'first';
    this.host.requestUpdate();
  }

  /** After each render: opens the dialog as a modal and moves the focus where the last step wants it. */
  sync(root: HTMLElement | DocumentFragment): void {
    const dialog = root.querySelector<HTMLDialogElement>('dialog#signup');
    if (!this.target || !dialog) return;
    if (!dialog.open) dialog.showModal();
    const focus = this.#focus;
    this.#focus = null;
    const id =
      focus === 'first'
        ? 'signup-name'
        : focus === 'summary'
          ? 'signup-summary'
          : focus === 'failure'
            ? 'signup-failure'
            : focus === 'result'
              ? 'signup-result'
              : focus === 'notice'
                ? 'signup-notice'
                : focus === 'copy'
                  ? 'signup-copy'
                  : null;
    const element = id ? dialog.querySelector<HTMLElement>(`#${id}`) : null;
    element?.focus();
    if (focus === 'copy' && element instanceof HTMLTextAreaElement) element.select();
  }

  close(): void {
    this.host.renderRoot.querySelector<HTMLDialogElement>('dialog#signup')?.close();
  }

  /** The dialog closed (Escape, a button): the focus goes back to the button that opened it. */
  #onClosed(event: Event): void {
    // Reopened before this event arrived (closed, then another mission's button): still in use.
    if ((event.target as HTMLDialogElement).open) return;
    const missionId = this.target?.missionId;
    this.target = null;
    this.host.requestUpdate();
    const opener = this.#opener;
    this.#opener = null;
    void this.host.updateComplete.then(() => {
      const target =
        opener?.isConnected === true
          ? opener
          : missionId
            ? this.host.renderRoot.querySelector<HTMLElement>(`[data-signup="${CSS.escape(missionId)}"]`)
            : null;
      target?.focus();
    });
  }

  #input(field: keyof SignupValues, value: string | boolean): void {
    this.values = { ...this.values, [field]: value };
    writeDraft(this.#key, this.values);
    // Once the visitor has seen the errors, they follow the corrections.
    if (this.#summaryShown) this.errors = validateSignup(this.values);
    this.copy = this.copy === 'copied' ? 'idle' : this.copy;
    this.host.requestUpdate();
  }

  #text(): string {
    const target = this.target!;
    return signupText(
      { t: this.host.tr, missionTitle: target.missionTitle, organizationName: target.organizationName, pageUrl: target.pageUrl },
      this.values,
    );
  }

  #mailto(): string | null {
    const target = this.target;
    if (!target?.email) return null;
    return mailtoHref(target.email, this.host.tr('mail.subject', { mission: target.missionTitle }), this.#text());
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const target = this.target;
    if (!target || this.phase === 'sending') return;
    this.errors = validateSignup(this.values);
    this.notice = '';
    if (Object.keys(this.errors).length) {
      this.#summaryShown = true;
      this.#focus = 'summary';
      this.host.requestUpdate();
      return;
    }
    // A robot fills every field, or answers faster than a person reads: nothing is sent, and nothing
    // pretends it was.
    if (this.#honeypot.trim() !== '' || Date.now() - this.#openedAt < this.host.signupMinMs) {
      this.notice = this.host.tr('signup.error.too-fast');
      this.#focus = 'notice';
      this.host.requestUpdate();
      return;
    }
    if (!target.endpoint) {
      this.phase = 'email-ready';
      this.#focus = 'result';
      this.host.requestUpdate();
      return;
    }
    this.phase = 'sending';
    this.failure = null;
    this.copy = 'idle';
    this.host.requestUpdate();
    const payload = buildPayload(
      {
        missionId: target.missionId,
        missionTitle: target.missionTitle,
        organizationId: target.organizationId,
        feedUrl: target.feedUrl,
        lang: target.lang,
      },
      this.values,
      new Date(),
    );
    const result = await postSignup(target.endpoint, payload, this.host.signupTimeoutMs);
    // The dialog may have been closed, or opened on another mission, while the request ran.
    const same = this.target === target;
    if (result.ok) {
      clearDraft(draftKey(target.feedUrl, target.missionId));
      if (!same) return;
      this.values = { ...EMPTY_VALUES };
      this.phase = 'sent';
      this.#focus = 'result';
    } else {
      if (!same) return;
      this.phase = 'failed';
      this.failure = { reason: result.reason, status: result.status };
      this.#focus = 'failure';
    }
    this.host.requestUpdate();
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.#text());
      this.copy = 'copied';
    } catch {
      // No clipboard (refused, or not a secure page): the text is shown, selected, to copy by hand.
      this.copy = 'manual';
      this.#focus = 'copy';
    }
    this.host.requestUpdate();
  }

  #focusField(event: Event, field: SignupField): void {
    event.preventDefault();
    this.host.renderRoot.querySelector<HTMLElement>(`#${FIELD_INPUT[field]}`)?.focus();
  }

  // ---- rendering ----

  render(): TemplateResult | typeof nothing {
    const target = this.target;
    if (!target) return nothing;
    const t = this.host.tr;
    const body =
      this.phase === 'sent'
        ? this.#renderSent(target)
        : this.phase === 'email-ready'
          ? this.#renderEmailReady(target)
          : this.#renderForm(target);
    return html`<dialog id="signup" part="dialog" aria-labelledby="signup-title" @close=${(e: Event) => this.#onClosed(e)}>
      <h2 id="signup-title">${t('signup.title', { mission: target.missionTitle })}</h2>
      ${body}
    </dialog>`;
  }

  #renderSent(target: SignupTarget): TemplateResult {
    const t = this.host.tr;
    return html`<div id="signup-result" class="result" role="status" tabindex="-1">
        <p><strong>${t('signup.sent.title')}</strong></p>
        <p>${t('signup.sent.body', { organization: target.organizationName })}</p>
      </div>
      <div class="actions">
        <button type="button" class="button" @click=${() => this.close()}>${t('signup.close')}</button>
      </div>`;
  }

  #renderEmailReady(target: SignupTarget): TemplateResult {
    const t = this.host.tr;
    const mailto = this.#mailto();
    return html`<div id="signup-result" class="result" role="status" tabindex="-1">
        <p><strong>${t('signup.email-ready.title')}</strong></p>
        <p>${t('signup.email-ready.body', { email: target.email ?? '' })}</p>
      </div>
      <ul class="actions" role="list">
        ${mailto ? html`<li><a class="button" href=${mailto} data-mailto>${t('signup.email-open')}</a></li>` : nothing}
        <li><button type="button" class="button secondary" @click=${() => void this.#copy()}>${t('signup.fallback.copy')}</button></li>
        <li><button type="button" class="button secondary" @click=${() => this.close()}>${t('signup.close')}</button></li>
      </ul>
      ${this.#renderCopy()}`;
  }

  #renderCopy(): TemplateResult | typeof nothing {
    const t = this.host.tr;
    if (this.copy === 'copied') return html`<p role="status">${t('signup.copied')}</p>`;
    if (this.copy === 'manual') {
      return html`<div class="copy">
        <label for="signup-copy">${t('signup.copy-manual')}</label>
        <textarea id="signup-copy" readonly rows="8" .value=${this.#text()}></textarea>
      </div>`;
    }
    return nothing;
  }

  #renderFailure(target: SignupTarget): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (this.phase !== 'failed' || !failure) return nothing;
    const t = this.host.tr;
    const reason =
      failure.reason === 'timeout'
        ? t('signup.failed.timeout', { seconds: Math.round(this.host.signupTimeoutMs / 1000) })
        : failure.reason === 'http'
          ? t('signup.failed.http', { status: failure.status ?? '?' })
          : t('signup.failed.network');
    const mailto = this.#mailto();
    return html`<div id="signup-failure" class="failure" role="alert" tabindex="-1">
      <p><strong>${t('signup.failed.title')}</strong></p>
      <p>${reason}</p>
      <p>${t('signup.failed.kept')}</p>
      <ul class="actions" role="list">
        ${mailto
          ? html`<li><a class="button secondary" href=${mailto} data-mailto>${t('signup.fallback.email', { email: target.email ?? '' })}</a></li>`
          : nothing}
        <li><button type="button" class="button secondary" @click=${() => void this.#copy()}>${t('signup.fallback.copy')}</button></li>
      </ul>
      ${this.#renderCopy()}
    </div>`;
  }

  #renderSummary(): TemplateResult | typeof nothing {
    const t = this.host.tr;
    const fields = SIGNUP_FIELDS.filter((field) => this.errors[field]);
    if (!this.#summaryShown || !fields.length) return nothing;
    return html`<div id="signup-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="signup-summary-title">
      <p id="signup-summary-title"><strong>${t('signup.errors.title', { count: fields.length })}</strong></p>
      <ul>
        ${fields.map(
          (field) =>
            html`<li><a href=${`#${FIELD_INPUT[field]}`} @click=${(e: Event) => this.#focusField(e, field)}>${t(this.errors[field]!)}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  #error(field: SignupField): TemplateResult | typeof nothing {
    const key = this.#summaryShown ? this.errors[field] : undefined;
    return key ? html`<p class="error" id=${`signup-${field}-error`}>${this.host.tr(key)}</p>` : nothing;
  }

  /** aria-describedby of an input: its hint, then its errors (the shared "email or phone" one too). */
  #describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
    const list = ids.filter((id): id is string => Boolean(id));
    return list.length ? list.join(' ') : nothing;
  }

  #invalid(...fields: SignupField[]): 'true' | typeof nothing {
    return this.#summaryShown && fields.some((field) => this.errors[field]) ? 'true' : nothing;
  }

  #renderForm(target: SignupTarget): TemplateResult {
    const t = this.host.tr;
    const v = this.values;
    const shown = this.#summaryShown;
    const has = (field: SignupField) => shown && Boolean(this.errors[field]);
    const privacy = target.privacyUrl ? safeUrl(target.privacyUrl) : null;
    const onText = (field: keyof SignupValues) => (e: Event) => this.#input(field, (e.target as HTMLInputElement).value);
    const sending = this.phase === 'sending';
    return html`<p>${t('signup.intro', { organization: target.organizationName })}</p>
      ${this.#renderFailure(target)} ${this.#renderSummary()}
      <form novalidate @submit=${(e: Event) => void this.#submit(e)} aria-busy=${sending ? 'true' : 'false'}>
        <div class="field">
          <label for="signup-name">${t('signup.name')} <span class="required">(${t('signup.required')})</span></label>
          <input
            id="signup-name"
            name="name"
            autocomplete="name"
            required
            maxlength=${MAX_LENGTH.name}
            .value=${live(v.name)}
            aria-invalid=${this.#invalid('name')}
            aria-describedby=${this.#describedBy(has('name') && 'signup-name-error')}
            @input=${onText('name')}
          />
          ${this.#error('name')}
        </div>
        <fieldset class="field" aria-describedby="signup-contact-hint">
          <legend>${t('signup.contact')}</legend>
          <p class="hint" id="signup-contact-hint">${t('signup.contact-hint')}</p>
          <label for="signup-email">${t('signup.email')}</label>
          <input
            id="signup-email"
            name="email"
            type="email"
            autocomplete="email"
            inputmode="email"
            maxlength=${MAX_LENGTH.email}
            .value=${live(v.email)}
            aria-invalid=${this.#invalid('email', 'contact')}
            aria-describedby=${this.#describedBy(has('email') && 'signup-email-error', has('contact') && 'signup-contact-error')}
            @input=${onText('email')}
          />
          ${this.#error('email')}
          <label for="signup-phone">${t('signup.phone')}</label>
          <input
            id="signup-phone"
            name="phone"
            type="tel"
            autocomplete="tel"
            maxlength=${MAX_LENGTH.phone}
            .value=${live(v.phone)}
            aria-invalid=${this.#invalid('phone', 'contact')}
            aria-describedby=${this.#describedBy(has('phone') && 'signup-phone-error', has('contact') && 'signup-contact-error')}
            @input=${onText('phone')}
          />
          ${this.#error('phone')} ${this.#error('contact')}
        </fieldset>
        <div class="field">
          <label for="signup-availability">${t('signup.availability')}</label>
          <p class="hint" id="signup-availability-hint">${t('signup.availability.hint')}</p>
          <input
            id="signup-availability"
            name="availability"
            maxlength=${MAX_LENGTH.availability}
            .value=${live(v.availability)}
            aria-describedby="signup-availability-hint"
            @input=${onText('availability')}
          />
        </div>
        <div class="field">
          <label for="signup-message">${t('signup.message')}</label>
          <textarea id="signup-message" name="message" rows="4" maxlength=${MAX_LENGTH.message} .value=${live(v.message)} @input=${onText('message')}></textarea>
        </div>
        <div class="honeypot" aria-hidden="true">
          <label for="signup-website">${t('signup.honeypot')}</label>
          <input id="signup-website" name="website" tabindex="-1" autocomplete="off" @input=${(e: Event) => (this.#honeypot = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field consent">
          <input
            id="signup-consent"
            name="consent"
            type="checkbox"
            required
            .checked=${live(v.consent)}
            aria-invalid=${this.#invalid('consent')}
            aria-describedby=${this.#describedBy(has('consent') && 'signup-consent-error')}
            @change=${(e: Event) => this.#input('consent', (e.target as HTMLInputElement).checked)}
          />
          <label for="signup-consent">${t('signup.consent', { organization: target.organizationName })}</label>
          ${privacy
            ? html`<p class="privacy"><a href=${privacy} target="_blank" rel="noopener noreferrer">${t('signup.privacy', { organization: target.organizationName })}</a></p>`
            : nothing}
          ${this.#error('consent')}
        </div>
        <div class="actions">
          <button type="submit" class="button" aria-disabled=${sending ? 'true' : 'false'}>
            ${target.endpoint ? (this.phase === 'failed' ? t('signup.retry') : t('signup.send')) : t('signup.prepare-email')}
          </button>
          <button type="button" class="button secondary" @click=${() => this.close()}>${t('signup.cancel')}</button>
        </div>
        <p id="signup-notice" class="notice" role="status" tabindex="-1">${sending ? t('signup.sending') : this.notice}</p>
      </form>`;
  }
}
