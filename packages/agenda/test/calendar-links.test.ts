import { expect } from '@open-wc/testing';
import type { Feed, FeedEvent } from '@maillage/feed';
import { googleCalendarUrl, outlookCalendarUrl } from '../src/calendar-links.js';

const event: FeedEvent = {
  id: 'atelier',
  title: { fr: 'Atelier vélo & réparation', en: 'Bike workshop & repairs' },
  summary: { fr: 'Réparez votre vélo, 100 % gratuit.', en: 'Fix your bike.' },
  description: 'Apportez vos outils.\nhttps://club.example/?a=1&b=2',
  start: '2027-03-28T14:00',
  end: '2027-03-28T16:30',
  placeId: 'salle',
  url: 'https://club.example/atelier',
};

const feed: Feed = {
  maillage: '1',
  title: 'Vie associative',
  language: 'fr',
  timezone: 'Europe/Paris',
  organizations: [],
  places: [{ id: 'salle', name: 'Salle des fêtes', address: { street: '2 rue du Lavoir', postalCode: '86000', locality: 'Poitiers' } }],
  events: [event],
  missions: [],
  cooperations: [],
};

// 14:00 to 16:30 in Paris on the day summer time begins (+02:00).
const timed = { start: Date.UTC(2027, 2, 28, 12, 0), end: Date.UTC(2027, 2, 28, 14, 30), allDay: false };
// 12 and 13 June 2027, all day: from the Paris midnight of the 12th to that of the 14th.
const allDay = { start: Date.UTC(2027, 5, 11, 22, 0), end: Date.UTC(2027, 5, 13, 22, 0), allDay: true };

function params(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describe('googleCalendarUrl', () => {
  it('fills the new-event form with UTC times and the feed zone', () => {
    const url = googleCalendarUrl(feed, event, timed, 'fr');
    expect(url.startsWith('https://calendar.google.com/calendar/render?')).to.equal(true);
    expect(params(url)).to.deep.equal({
      action: 'TEMPLATE',
      text: 'Atelier vélo & réparation',
      dates: '20270328T120000Z/20270328T143000Z',
      ctz: 'Europe/Paris',
      details:
        'Réparez votre vélo, 100 % gratuit.\n\nApportez vos outils.\nhttps://club.example/?a=1&b=2\n\nhttps://club.example/atelier',
      location: 'Salle des fêtes, 2 rue du Lavoir, 86000 Poitiers',
    });
  });

  it('encodes every reserved character, spaces as %20', () => {
    const url = googleCalendarUrl(feed, event, timed, 'fr');
    expect(url).to.include('text=Atelier%20v%C3%A9lo%20%26%20r%C3%A9paration&');
    expect(url).to.not.include('+');
    expect(url).to.not.include('\n');
  });

  it('writes all-day occurrences as dates with an exclusive end', () => {
    expect(params(googleCalendarUrl(feed, event, allDay, 'en')).dates).to.equal('20270612/20270614');
    const noEnd = { ...allDay, end: allDay.start };
    expect(params(googleCalendarUrl(feed, event, noEnd, 'en')).dates).to.equal('20270612/20270613');
  });

  it('writes the title in the wanted language', () => {
    expect(params(googleCalendarUrl(feed, event, timed, 'en')).text).to.equal('Bike workshop & repairs');
  });

  it('survives a title cut in the middle of an emoji', () => {
    const broken = { ...event, title: 'Fête \ud83c' };
    expect(params(googleCalendarUrl(feed, broken, timed, 'fr')).text).to.equal('Fête \ufffd');
  });
});

describe('outlookCalendarUrl', () => {
  it('fills the compose form with ISO times in UTC', () => {
    const url = outlookCalendarUrl(feed, event, timed, 'fr');
    expect(url.startsWith('https://outlook.live.com/calendar/0/action/compose?')).to.equal(true);
    expect(params(url)).to.deep.include({
      subject: 'Atelier vélo & réparation',
      startdt: '2027-03-28T12:00:00Z',
      enddt: '2027-03-28T14:30:00Z',
      allday: 'false',
      location: 'Salle des fêtes, 2 rue du Lavoir, 86000 Poitiers',
    });
    expect(params(url).body).to.include('Apportez vos outils.');
  });

  it('writes all-day occurrences as dates', () => {
    expect(params(outlookCalendarUrl(feed, event, allDay, 'fr'))).to.deep.include({
      startdt: '2027-06-12',
      enddt: '2027-06-14',
      allday: 'true',
    });
  });

  it('leaves out what the event does not have', () => {
    const bare: FeedEvent = { id: 'b', title: 'Bal', start: '2027-07-14T21:00' };
    const at = { start: Date.UTC(2027, 6, 14, 19), end: Date.UTC(2027, 6, 14, 19), allDay: false };
    expect(params(outlookCalendarUrl(feed, bare, at, 'fr'))).to.deep.equal({
      subject: 'Bal',
      startdt: '2027-07-14T19:00:00Z',
      enddt: '2027-07-14T19:00:00Z',
      allday: 'false',
    });
  });
});
