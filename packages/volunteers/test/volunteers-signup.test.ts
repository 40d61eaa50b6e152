import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  activeId,
  card,
  check,
  clean,
  ENDPOINT,
  fill,
  fillValid,
  mountVolunteers,
  openForm,
  settle,
  stubFetch,
  submit,
  typeInto,
  until,
  volunteersFeed,
} from './harness.js';

const NO_WAIT = 'signup-min-seconds="0"';
const json = (status: number, body: unknown = { ok: true }) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

// Test files of the suite may run one after the other in the same tab, which keeps its sessionStorage.
beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

const DRAFT_KEY = 'maillage.volunteers.draft:https://test-sur-lisle.example/flux.json#buvette';

/** The body of a mailto: link, decoded. */
function mailtoParts(href: string): { to: string; subject: string; body: string } {
  const [to, query] = href.replace(/^mailto:/, '').split('?') as [string, string];
  const params = new URLSearchParams(query.replace(/\+/g, '%2B'));
  return { to: decodeURIComponent(to), subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

describe('<maillage-volunteers> sign-up: contact paths', () => {
  it('endpoint: POSTs the versioned JSON payload and confirms clearly', async () => {
    const fetch = stubFetch(() => json(202));
    try {
      const { el } = await mountVolunteers(NO_WAIT);
      const selected: unknown[] = [];
      el.addEventListener('maillage-select', (e) => selected.push(e.detail));
      await openForm(el, 'buvette');
      expect(selected).to.deep.equal([{ kind: 'mission', id: 'buvette' }]);
      fillValid(el, { phone: '05\u00a053 00 00 00' });
      await submit(el);
      await until(() => Boolean($(el, '#signup-result')));
      expect(fetch.calls).to.have.length(1);
      const call = fetch.calls[0]!;
      expect(call.url).to.equal(ENDPOINT);
      expect(call.init.method).to.equal('POST');
      expect(new Headers(call.init.headers).get('content-type')).to.equal('application/json');
      expect(call.init.credentials).to.equal('omit');
      const { sentAt, ...rest } = call.body;
      expect(rest).to.deep.equal({
        version: 1,
        missionId: 'buvette',
        missionTitle: 'Tenir la buvette',
        organizationId: 'club',
        feedUrl: 'https://test-sur-lisle.example/flux.json',
        name: 'Camille Martin',
        email: 'camille@example.org',
        phone: '05 53 00 00 00',
        message: 'Je viens avec une amie.',
        availability: 'le samedi matin',
        consent: true,
        lang: 'fr',
      });
      expect(sentAt).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(clean($(el, '#signup-result')!.textContent)).to.contain('Merci ! Votre proposition est bien arrivée.');
      expect(clean($(el, '#signup-result')!.textContent)).to.contain('Union sportive a reçu vos coordonnées');
      expect(activeId(el)).to.equal('signup-result');
      expect(sessionStorage.getItem(DRAFT_KEY)).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      fetch.restore();
    }
  });

  it('email: prepares a mailto link with the mission and the typed text, and says nothing was sent yet', async () => {
    const fetch = stubFetch(() => json(500));
    try {
      const { el } = await mountVolunteers(NO_WAIT);
      await openForm(el, 'lecture');
      expect(clean($(el, 'dialog button[type="submit"]')!.textContent)).to.equal('Préparer le courriel');
      fillValid(el, { message: 'Je lis bien & fort ? oui = 100 %' });
      await submit(el);
      const link = $<HTMLAnchorElement>(el, 'dialog a[data-mailto]')!;
      const mail = mailtoParts(link.getAttribute('href')!);
      expect(mail.to).to.equal('contes@test.example');
      expect(mail.subject).to.equal('Bénévolat : Lire des contes');
      expect(mail.body).to.contain('Je me propose pour la mission « Lire des contes » (Médiathèque).');
      expect(mail.body).to.contain('Nom : Camille Martin');
      expect(mail.body).to.contain('Je lis bien & fort ? oui = 100 %');
      expect(mail.body).to.contain('\r\n');
      expect(clean($(el, '#signup-result')!.textContent)).to.contain('rien n’est envoyé tant que vous ne l’avez pas fait');
      expect(fetch.calls).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      fetch.restore();
    }
  });

  it('url: links to the association’s own form, in a new tab; phone: a tel: link', async () => {
    const { el } = await mountVolunteers();
    const link = card(el, 'rangement').querySelector<HTMLAnchorElement>('a[data-contact="url"]')!;
    expect(link.getAttribute('href')).to.equal('https://club.test.example/formulaire');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(card(el, 'rangement').querySelector('[data-signup]')).to.equal(null);
    const phone = card(el, 'accueil').querySelector<HTMLAnchorElement>('a[data-contact="phone"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:0553000000');
    expect(clean(phone.textContent)).to.equal('Appeler le 05 53 00 00 00');
    expect(card(el, 'accueil').querySelector('[data-signup]')).to.equal(null);
  });

  it('links the organization’s privacy page in the consent when the feed gives one', async () => {
    const { el } = await mountVolunteers(NO_WAIT);
    await openForm(el, 'buvette');
    const privacy = $<HTMLAnchorElement>(el, 'dialog .privacy a')!;
    expect(privacy.getAttribute('href')).to.equal('https://club.test.example/vie-privee');
    expect(clean($(el, 'label[for="signup-consent"]')!.textContent)).to.contain('transmises à Union sportive');
    $<HTMLDialogElement>(el, 'dialog')!.close();
    await settle(el);
    await openForm(el, 'lecture');
    expect($(el, 'dialog .privacy a')).to.equal(null);
  });
});

describe('<maillage-volunteers> sign-up: validation and keyboard', () => {
  it('announces the errors in a focused summary, ties each to its field, and follows the corrections', async () => {
    const fetch = stubFetch(() => json(202));
    try {
      const { el } = await mountVolunteers(NO_WAIT);
      await openForm(el, 'buvette');
      await submit(el);
      const summary = $(el, '#signup-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(activeId(el)).to.equal('signup-summary');
      const items = [...summary.querySelectorAll('li')].map((li) => clean(li.textContent));
      expect(items).to.deep.equal([
        'Indiquez votre nom.',
        'Indiquez un courriel ou un numéro de téléphone.',
        'Cochez la case pour accepter la transmission de vos coordonnées.',
      ]);
      expect(clean(summary.querySelector('p')!.textContent)).to.equal('3 erreurs à corriger :');
      for (const [id, errorId] of [
        ['signup-name', 'signup-name-error'],
        ['signup-email', 'signup-contact-error'],
        ['signup-phone', 'signup-contact-error'],
        ['signup-consent', 'signup-consent-error'],
      ] as const) {
        const input = $(el, `#${id}`)!;
        expect(input.getAttribute('aria-invalid'), id).to.equal('true');
        expect(input.getAttribute('aria-describedby')!.split(' '), id).to.include(errorId);
        expect($(el, `#${errorId}`), errorId).to.not.equal(null);
      }
      await expect(el).to.be.accessible();
      // The summary's links take the focus to the field.
      summary.querySelector<HTMLAnchorElement>('a[href="#signup-email"]')!.click();
      expect(activeId(el)).to.equal('signup-email');
      // A bad address and a bad number have their own messages.
      fill(el, 'signup-name', 'Camille');
      fill(el, 'signup-email', 'camille@');
      fill(el, 'signup-phone', 'abc');
      check(el, 'signup-consent');
      await submit(el);
      const errors = [...$(el, '#signup-summary')!.querySelectorAll('li')].map((li) => clean(li.textContent));
      expect(errors).to.deep.equal(['Ce courriel ne semble pas valide (exemple : prenom@exemple.fr).', 'Ce numéro de téléphone ne semble pas valide.']);
      expect($(el, '#signup-name')!.hasAttribute('aria-invalid')).to.equal(false);
      expect($(el, '#signup-email')!.getAttribute('aria-describedby')).to.equal('signup-email-error');
      // A phone alone is enough.
      fill(el, 'signup-email', '');
      fill(el, 'signup-phone', '06 12 34 56 78');
      await settle(el);
      expect($(el, '#signup-summary')).to.equal(null);
      await submit(el);
      await until(() => fetch.calls.length === 1);
      expect(fetch.calls[0]!.body['phone']).to.equal('06 12 34 56 78');
      expect('email' in fetch.calls[0]!.body).to.equal(false);
    } finally {
      fetch.restore();
    }
  });

  it('moves the focus into the dialog, tabs through the fields in order, closes on Escape and gives the focus back', async () => {
    const { el } = await mountVolunteers(NO_WAIT);
    const opener = $<HTMLButtonElement>(el, '[data-signup="buvette"]')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $<HTMLDialogElement>(el, 'dialog#signup')?.open === true);
    await settle(el);
    expect(activeId(el)).to.equal('signup-name');
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement;
      order.push(active.id || clean(active.textContent));
    }
    expect(order).to.deep.equal([
      'signup-email',
      'signup-phone',
      'signup-availability',
      'signup-message',
      'signup-consent',
      'Comment Union sportive protège vos données',
      'Envoyer ma proposition',
      'Annuler',
    ]);
    // The honeypot is never reached.
    expect(order).to.not.include('signup-website');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog#signup'));
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(opener);
  });

  it('the Cancel button closes the dialog and gives the focus back too', async () => {
    const { el } = await mountVolunteers(NO_WAIT);
    const dialog = await openForm(el, 'site');
    [...dialog.querySelectorAll('button')].find((b) => clean(b.textContent) === 'Annuler')!.click();
    await until(() => !$(el, 'dialog#signup'));
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-signup="site"]'));
  });

  it('works in English', async () => {
    const { el } = await mountVolunteers(`${NO_WAIT} lang="en"`);
    const button = $(el, '[data-signup="buvette"]')!;
    expect(clean(button.textContent)).to.equal('I’m in');
    expect(button.getAttribute('aria-label')).to.equal('I’m in: Tenir la buvette');
    await openForm(el, 'buvette');
    expect(clean($(el, '#signup-title')!.textContent)).to.equal('I’m in: Tenir la buvette');
    await submit(el);
    expect(clean($(el, '#signup-summary p')!.textContent)).to.equal('3 errors to correct:');
  });
});

describe('<maillage-volunteers> sign-up: failures lose nothing', () => {
  async function failWith(answer: () => Promise<Response>, attributes = NO_WAIT) {
    const fetch = stubFetch(answer);
    const { el } = await mountVolunteers(attributes);
    await openForm(el, 'buvette');
    fillValid(el, { message: 'Mon message <b>important</b>\nsur deux lignes' });
    await submit(el);
    return { el, fetch };
  }

  async function expectKept(el: HTMLElement & { updateComplete: Promise<boolean> }, reason: string) {
    await until(() => Boolean($(el, '#signup-failure')), 3000);
    await settle(el);
    const failure = $(el, '#signup-failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(activeId(el)).to.equal('signup-failure');
    expect(clean(failure.textContent)).to.contain('Votre proposition n’a pas été envoyée.');
    expect(clean(failure.textContent)).to.contain(reason);
    expect(clean(failure.textContent)).to.not.contain('Merci');
    // The form is still filled.
    expect($<HTMLInputElement>(el, '#signup-name')!.value).to.equal('Camille Martin');
    expect($<HTMLTextAreaElement>(el, '#signup-message')!.value).to.equal('Mon message <b>important</b>\nsur deux lignes');
    expect($<HTMLInputElement>(el, '#signup-consent')!.checked).to.equal(true);
    // The email fallback carries the same text.
    const mail = mailtoParts(failure.querySelector<HTMLAnchorElement>('a[data-mailto]')!.getAttribute('href')!);
    expect(mail.to).to.equal('club@test.example');
    expect(mail.body).to.contain('Mon message <b>important</b>\r\nsur deux lignes');
    expect(mail.body).to.contain('Courriel : camille@example.org');
    // And the draft is still kept.
    expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY)!)).to.include({ name: 'Camille Martin', consent: true });
    expect(clean($(el, 'dialog button[type="submit"]')!.textContent)).to.equal('Réessayer l’envoi');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  }

  it('endpoint down (fetch rejects)', async () => {
    const { el, fetch } = await failWith(() => Promise.reject(new TypeError('Failed to fetch')));
    try {
      await expectKept(el, 'injoignable');
      await expect(el).to.be.accessible();
    } finally {
      fetch.restore();
    }
  });

  it('500', async () => {
    const { el, fetch } = await failWith(() => json(500, { ok: false }));
    try {
      await expectKept(el, 'erreur 500');
    } finally {
      fetch.restore();
    }
  });

  it('timeout (the request never answers), then a retry that works', async () => {
    let answer: () => Promise<Response> = () => new Promise<Response>(() => {});
    const { el, fetch } = await failWith(() => answer(), `${NO_WAIT} signup-timeout="0.3"`);
    try {
      await expectKept(el, 'n’a pas répondu à temps');
      answer = () => json(202);
      await submit(el);
      await until(() => Boolean($(el, '#signup-result')));
      expect(fetch.calls).to.have.length(2);
      expect(fetch.calls[1]!.body['message']).to.equal('Mon message <b>important</b>\nsur deux lignes');
    } finally {
      fetch.restore();
    }
  });

  it('copies the text to the clipboard, or shows it to copy by hand when the clipboard refuses', async () => {
    const { el, fetch } = await failWith(() => json(503));
    const copied: string[] = [];
    let refuse = false;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (refuse ? Promise.reject(new Error('denied')) : (copied.push(text), Promise.resolve())) },
    });
    try {
      await expectKept(el, 'erreur 503');
      const copy = () => [...$(el, '#signup-failure')!.querySelectorAll('button')].find((b) => clean(b.textContent) === 'Copier le texte')!.click();
      copy();
      await until(() => copied.length === 1);
      await settle(el);
      expect(copied[0]).to.contain('Mon message <b>important</b>\nsur deux lignes');
      expect(clean($(el, '#signup-failure')!.textContent)).to.contain('Texte copié');
      refuse = true;
      copy();
      await until(() => Boolean($(el, '#signup-copy')));
      await settle(el);
      const area = $<HTMLTextAreaElement>(el, '#signup-copy')!;
      expect(area.readOnly).to.equal(true);
      expect(area.value).to.contain('Nom : Camille Martin');
      expect(activeId(el)).to.equal('signup-copy');
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      fetch.restore();
    }
  });

  it('offers the publisher’s address when the mission and its organization have none', async () => {
    const feed = volunteersFeed();
    const missions = feed['missions'] as Record<string, unknown>[];
    delete (missions.find((m) => m['id'] === 'buvette')!['contact']);
    const fetch = stubFetch(() => json(500));
    try {
      const { el } = await mountVolunteers(NO_WAIT, feed);
      await openForm(el, 'buvette');
      fillValid(el);
      await submit(el);
      await until(() => Boolean($(el, '#signup-failure')));
      const mail = mailtoParts($<HTMLAnchorElement>(el, '#signup-failure a[data-mailto]')!.getAttribute('href')!);
      expect(mail.to).to.equal('mairie@test-sur-lisle.example');
    } finally {
      fetch.restore();
    }
  });
});

describe('<maillage-volunteers> sign-up: robots and drafts', () => {
  it('keeps a hidden, unannounced honeypot; when filled, sends nothing and says so', async () => {
    const fetch = stubFetch(() => json(202));
    try {
      const { el } = await mountVolunteers(NO_WAIT);
      await openForm(el, 'buvette');
      const trap = $<HTMLInputElement>(el, '#signup-website')!;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
      expect(trap.getBoundingClientRect().right).to.be.below(0);
      fillValid(el);
      fill(el, 'signup-website', 'http://spam.example');
      await submit(el);
      expect(fetch.calls).to.have.length(0);
      expect(clean($(el, '#signup-notice')!.textContent)).to.contain('n’a pas été envoyée');
      expect($(el, '#signup-result')).to.equal(null);
    } finally {
      fetch.restore();
    }
  });

  it('refuses a send faster than the minimum filling time, and accepts it once the time has passed', async () => {
    const fetch = stubFetch(() => json(202));
    try {
      const { el } = await mountVolunteers('signup-min-seconds="0.4"');
      await openForm(el, 'buvette');
      fillValid(el);
      await submit(el);
      expect(fetch.calls).to.have.length(0);
      expect(activeId(el)).to.equal('signup-notice');
      expect(clean($(el, '#signup-notice')!.textContent)).to.contain('relisez-la');
      await new Promise((resolve) => setTimeout(resolve, 450));
      await submit(el);
      await until(() => fetch.calls.length === 1);
    } finally {
      fetch.restore();
    }
  });

  it('keeps what is typed in sessionStorage, per mission, and restores it when the form opens again', async () => {
    const { el } = await mountVolunteers(NO_WAIT);
    await openForm(el, 'buvette');
    await typeInto(el, 'signup-name', 'Dominique');
    fill(el, 'signup-message', 'Je garde ce texte');
    check(el, 'signup-consent');
    expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY)!)).to.include({ name: 'Dominique', message: 'Je garde ce texte', consent: true });
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog#signup'));
    // Another mission starts empty.
    await openForm(el, 'site');
    expect($<HTMLInputElement>(el, '#signup-name')!.value).to.equal('');
    $<HTMLDialogElement>(el, 'dialog')!.close();
    await until(() => !$(el, 'dialog#signup'));
    // A page reloaded in the same tab: a new element finds the draft.
    const { el: again } = await mountVolunteers(NO_WAIT);
    await openForm(again, 'buvette');
    expect($<HTMLInputElement>(again, '#signup-name')!.value).to.equal('Dominique');
    expect($<HTMLTextAreaElement>(again, '#signup-message')!.value).to.equal('Je garde ce texte');
    expect($<HTMLInputElement>(again, '#signup-consent')!.checked).to.equal(true);
  });

  it('treats hostile typed text as text: in the payload, the email and the page', async () => {
    const fetch = stubFetch(() => json(500));
    (window as unknown as { pwned?: number }).pwned = undefined;
    try {
      const { el } = await mountVolunteers(NO_WAIT);
      await openForm(el, 'buvette');
      const hostile = '<img src=x onerror="window.pwned=1"> ${alert(1)} &body=cc:x@evil.example';
      fillValid(el, { name: hostile, message: hostile });
      await submit(el);
      await until(() => Boolean($(el, '#signup-failure')));
      expect(fetch.calls[0]!.body['name']).to.equal(hostile);
      const href = $<HTMLAnchorElement>(el, '#signup-failure a[data-mailto]')!.getAttribute('href')!;
      expect(href.split('?')[1]!.split('&').map((p) => p.split('=')[0])).to.deep.equal(['subject', 'body']);
      expect(mailtoParts(href).body).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img, [onerror]')).to.equal(null);
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    } finally {
      fetch.restore();
    }
  });
});

describe('<maillage-volunteers> sign-up: axe', () => {
  it('passes axe with the dialog open, with errors, and in every view', async () => {
    const { el } = await mountVolunteers(NO_WAIT);
    await openForm(el, 'buvette');
    await expect(el).to.be.accessible();
    await submit(el);
    await expect(el).to.be.accessible();
    expect($$(el, 'dialog [aria-invalid="true"]').length).to.equal(4);
  });
});
