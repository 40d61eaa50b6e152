import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bookmarkedFilters, defaultFilterState, historyFilters, readFilterState, writeFilterState, type FilterState } from '../src/url-state.js';

const full: FilterState = {
  sectors: ['sport', 'culture'],
  organizations: ['foot', 'club été'],
  places: ['salle'],
  from: '2027-03-22',
  to: '2027-03-28',
  text: 'fête du jeu & co',
  free: true,
  coOrganized: true,
  accessibility: ['motor', 'hearing-loop'],
  view: 'month',
};

describe('writeFilterState', () => {
  it('writes readable prefixed keys, leaving defaults out', () => {
    const state = { ...defaultFilterState(), sectors: ['sport', 'culture'], text: 'fete' };
    expect(writeFilterState('', state)).to.equal('#agenda.sectors=sport,culture&agenda.q=fete');
    expect(writeFilterState('#', defaultFilterState())).to.equal('');
  });

  it('writes every field', () => {
    expect(writeFilterState('', full)).to.equal(
      '#agenda.view=month&agenda.sectors=sport,culture&agenda.organizations=foot,club+%C3%A9t%C3%A9' +
        '&agenda.places=salle&agenda.accessibility=motor,hearing-loop&agenda.from=2027-03-22&agenda.to=2027-03-28' +
        '&agenda.q=f%C3%AAte+du+jeu+%26+co&agenda.free=1&agenda.coorganized=1',
    );
  });

  it('keeps the rest of the hash as it was and replaces its own keys', () => {
    const state = { ...defaultFilterState(), places: ['salle'] };
    expect(writeFilterState('#map.place=stade&agenda.q=old&x=%20a+b', state)).to.equal('#map.place=stade&x=%20a+b&agenda.places=salle');
    expect(writeFilterState('#haut', state)).to.equal('#haut&agenda.places=salle');
    expect(writeFilterState('#haut&agenda.places=old', defaultFilterState())).to.equal('#haut');
    // Another prefix is another widget's.
    expect(writeFilterState('#agenda.q=a', { ...defaultFilterState(), text: 'b' }, 'sport')).to.equal('#agenda.q=a&sport.q=b');
  });

  it('leaves out ids holding a comma, the separator of lists', () => {
    const state = { ...defaultFilterState(), organizations: ['a,b', 'c'] };
    expect(writeFilterState('', state)).to.equal('#agenda.organizations=c');
  });

  it('bounds what it writes', () => {
    const state = {
      ...defaultFilterState(),
      sectors: Array.from({ length: 80 }, (_, i) => `s${i}`).concat(['s1', '', ' ', 'x'.repeat(201)]),
      text: 'a'.repeat(500),
      from: 'demain',
      view: '<script>',
    };
    const read = readFilterState(writeFilterState('', state));
    expect(read.sectors).to.have.length(50);
    expect(read.text).to.have.length(200);
    expect(read).to.not.have.property('from');
    expect(read).to.not.have.property('view');
  });
});

describe('readFilterState', () => {
  it('reads back what was written', () => {
    expect(readFilterState(writeFilterState('#haut&map.place=stade', full))).to.deep.equal(full);
  });

  it('reads only its own prefix and only the fields present', () => {
    expect(readFilterState('#map.sectors=sport&agenda.free=1&haut')).to.deep.equal({ free: true });
    expect(readFilterState('#sport.q=judo&agenda.q=fete', 'sport')).to.deep.equal({ text: 'judo' });
    expect(readFilterState('')).to.deep.equal({});
    expect(readFilterState('#haut')).to.deep.equal({});
  });

  it('reads URLSearchParams encodings', () => {
    const params = new URLSearchParams({ 'agenda.q': 'fête du jeu', 'agenda.sectors': 'sport,culture' });
    expect(readFilterState(`#${params}`)).to.deep.equal({ text: 'fête du jeu', sectors: ['sport', 'culture'] });
  });

  it('ignores garbage', () => {
    expect(
      readFilterState(
        '#agenda.from=2027-02-30&agenda.to=tomorrow&agenda.free=yes&agenda.view=%3Cscript%3E' +
          '&agenda.q=%E0%A4%A&agenda.sectors=,,%ZZ,&agenda.unknown=1&agenda.places&=x&&',
      ),
    ).to.deep.equal({});
    expect(readFilterState('#agenda.q=%00%01++&agenda.sectors=%20sport%20,sport,%0Aculture')).to.deep.equal({
      sectors: ['sport', 'culture'],
    });
    expect(readFilterState('#agenda.coorganized=0')).to.deep.equal({ coOrganized: false });
  });

  it('keeps the first of repeated keys', () => {
    expect(readFilterState('#agenda.q=a&agenda.q=b')).to.deep.equal({ text: 'a' });
  });

  it('never throws and always returns valid fields', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (hash) => {
        const state = readFilterState(hash);
        for (const list of [state.sectors, state.organizations, state.places, state.accessibility]) {
          if (list !== undefined) expect(list.length).to.be.within(1, 50);
        }
        if (state.from !== undefined) expect(state.from).to.match(/^\d{4}-\d{2}-\d{2}$/);
        // Writing over any hash keeps what is not ours and reads back the state.
        const written = writeFilterState(hash, full);
        expect(readFilterState(written)).to.deep.equal(full);
      }),
    );
  });
});

describe('the filters an address sets', () => {
  it('a bookmarked address sets only the filters it holds', () => {
    expect(bookmarkedFilters('#top&agenda.q=conte&agenda.places=salle&agenda.view=month')).to.deep.equal({
      text: 'conte',
      free: undefined,
      coOrganized: undefined,
      accessibility: undefined,
      view: 'month',
      selection: { place: 'salle' },
    });
    expect(bookmarkedFilters('#top').selection).to.deep.equal({});
  });

  it('after the back button, the filters the address does not hold go back to their defaults', () => {
    expect(historyFilters('#agenda.sectors=sport', { free: true, accessibility: ['motor'] })).to.deep.equal({
      text: '',
      free: true,
      coOrganized: false,
      accessibility: ['motor'],
      selection: { sectors: ['sport'], organization: null, place: null, from: null, to: null },
    });
  });
});
