import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineElement, MaillageElement } from '@maillage/core';

class TestEmitter extends MaillageElement {}

describe('MaillageElement', () => {
  it('tolerates the same tag defined twice, as when a script is pasted twice', () => {
    TestEmitter.define('maillage-test-emitter');
    expect(() => TestEmitter.define('maillage-test-emitter')).not.to.throw();
    class Other extends MaillageElement {}
    expect(() => defineElement('maillage-test-emitter', Other)).not.to.throw();
    expect(customElements.get('maillage-test-emitter')).to.equal(TestEmitter);
  });

  it('emits bubbling, composed events that cross shadow roots', async () => {
    TestEmitter.define('maillage-test-emitter');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const emitter = document.createElement('maillage-test-emitter') as TestEmitter;
    shadow.append(emitter);
    const heard = oneEvent(document, 'maillage-select');
    const notCancelled = emitter.emit('maillage-select', { kind: 'event', id: 'e1' });
    const event = await heard;
    expect(notCancelled).to.equal(true);
    expect(event.detail).to.deep.equal({ kind: 'event', id: 'e1' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
  });
});
