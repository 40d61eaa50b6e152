import { expect } from '@open-wc/testing';
import { apiEngagementToFeed, mobilizonToFeed } from '../../src/adapters/index.js';
import { toEpoch } from '../../src/datetime.js';
import { byId, fixtureText, parsed } from './helpers.js';

describe('apiEngagementToFeed', () => {
  it('reads missions with their organisation, place, sector, spots, remote and age', async () => {
    const result = apiEngagementToFeed(await fixtureText('api-engagement-missions.json'));
    const feed = parsed(result);
    expect(feed.missions).to.have.length(2);
    expect(feed.organizations).to.have.length(1);
    const [visits, homework] = feed.missions as [(typeof feed.missions)[0], (typeof feed.missions)[0]];
    expect(visits).to.deep.include({ id: '65f1c2a8e4b0a1', remote: 'no', minAge: 18, schedule: '1 demi-journée par semaine' });
    expect(visits.sectors).to.deep.equal(['solidarite']);
    expect(visits.spots).to.deep.equal({ total: 4 });
    expect(visits.description).to.equal('Vous accompagnez des résidents pour des promenades.');
    expect(visits.contact?.url).to.equal('https://api.api-engagement.beta.gouv.fr/r/65f1c2a8e4b0a1');
    expect(byId(feed.places, visits.placeId!).geo).to.deep.equal({ lat: 46.5786, lon: 0.3371 });
    expect(byId(feed.organizations, visits.organizationId).rna).to.equal('W751000001');
    expect(homework).to.deep.include({ remote: 'full', organizationId: visits.organizationId });
    expect(homework.minAge).to.equal(undefined);
    expect(result.problems).to.have.length(1);
  });
});

describe('mobilizonToFeed', () => {
  it('reads the elements of a GraphQL answer', async () => {
    const feed = parsed(mobilizonToFeed(await fixtureText('mobilizon-events.json')));
    const repair = byId(feed.events, '4b1e2c3a-0000-4000-8000-000000000001');
    expect(toEpoch(repair.start, feed.timezone)).to.equal(Date.UTC(2027, 2, 27, 13));
    expect(repair.description).to.equal('On répare ensemble.');
    expect(repair.tags).to.deep.equal(['réparation']);
    const place = byId(feed.places, repair.placeId!);
    expect(place.name).to.equal('Tiers-lieu La Fabrique');
    expect(place.geo).to.deep.equal({ lat: 46.5811, lon: 0.3456 });
    expect(byId(feed.organizations, repair.organizers![0]!).name).to.equal('Repair Café Poitiers');
    const online = byId(feed.events, '4b1e2c3a-0000-4000-8000-000000000002');
    expect(online).to.deep.include({ status: 'cancelled', attendance: 'online', onlineUrl: 'https://visio.example.org/reunion' });
  });
});
