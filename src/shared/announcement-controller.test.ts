import { aTimeout, expect } from '@open-wc/testing';
import { AnnouncementController } from './announcement-controller.js';
import { fakeHost } from './test/fake-host.js';

/** A host without DOM: counts update requests and keeps its controllers. */

const DELAY = 60;

describe('AnnouncementController', () => {
  it('speaks only the last message scheduled, after the pause', async () => {
    const host = fakeHost();
    const announcer = new AnnouncementController(host, DELAY);
    announcer.schedule('one');
    await aTimeout(DELAY / 2);
    announcer.schedule('two');
    await aTimeout(DELAY / 2);
    expect(announcer.text).to.equal('');
    await aTimeout(DELAY);
    expect(announcer.text).to.equal('two');
    expect(host.updates).to.equal(1);
  });

  it('does not repeat the message last spoken, and a repeat cancels what was waiting', async () => {
    const host = fakeHost();
    const announcer = new AnnouncementController(host, DELAY);
    announcer.settle('start');
    announcer.schedule('start');
    await aTimeout(DELAY * 2);
    expect(host.updates).to.equal(0);
    announcer.schedule('other');
    announcer.schedule('start');
    await aTimeout(DELAY * 2);
    expect([announcer.text, host.updates]).to.deep.equal(['', 0]);
  });

  it('cancel drops the waiting message; flush speaks it at once', async () => {
    const host = fakeHost();
    const announcer = new AnnouncementController(host, DELAY);
    announcer.schedule('dropped');
    announcer.cancel();
    await aTimeout(DELAY * 2);
    expect(announcer.text).to.equal('');
    announcer.schedule('now');
    announcer.flush();
    expect(announcer.text).to.equal('now');
  });

  it('clear empties the region so the same message can be spoken again', async () => {
    const host = fakeHost();
    const announcer = new AnnouncementController(host, DELAY);
    announcer.schedule('3 results');
    announcer.flush();
    announcer.clear();
    expect(announcer.text).to.equal('');
    announcer.schedule('3 results');
    await aTimeout(DELAY * 2);
    expect(announcer.text).to.equal('3 results');
  });

  it('stops waiting when the host is disconnected', async () => {
    const host = fakeHost();
    const announcer = new AnnouncementController(host, DELAY);
    announcer.schedule('late');
    host.controllers.forEach((controller) => controller.hostDisconnected?.());
    await aTimeout(DELAY * 2);
    expect(announcer.text).to.equal('');
  });
});
