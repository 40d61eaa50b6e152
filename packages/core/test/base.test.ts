import { expect } from '@open-wc/testing';
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
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const emitter = document.createElement('maillage-test-emitter') as TestEmitter;
    shadow.append(emitter);
    const heard: CustomEvent[] = [];
    const listener = (event: CustomEvent) => heard.push(event);
    document.addEventListener('maillage-select', listener);
    try {
      const notCancelled = emitter.emit('maillage-select', { kind: 'event', id: 'e1' });
      expect(notCancelled).to.equal(true);
    } finally {
      document.removeEventListener('maillage-select', listener);
    }
    host.remove();
    expect(heard).to.have.length(1);
    expect(heard[0]!.detail).to.deep.equal({ kind: 'event', id: 'e1' });
    expect(heard[0]!.bubbles).to.equal(true);
    expect(heard[0]!.composed).to.equal(true);
  });
});
