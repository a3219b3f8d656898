import { expect } from '@open-wc/testing';
import { checkFetchUrl, linkHost, safeLinkUrl, telHref } from './safe-url.js';

describe('safeLinkUrl', () => {
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'https://user:pass@example.com/',
    '',
  ];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(safeLinkUrl(value)).to.equal(null);
    });
  }

  it('accepts http(s), tel and mailto and normalises them', () => {
    expect(safeLinkUrl('https://clinic.example/book')).to.equal('https://clinic.example/book');
    expect(safeLinkUrl('HTTP://clinic.example')).to.equal('http://clinic.example/');
    expect(safeLinkUrl('tel:+15550102345')).to.equal('tel:+15550102345');
    expect(safeLinkUrl('mailto:front-desk@clinic.example')).to.equal('mailto:front-desk@clinic.example');
  });

  it('resolves relative links against the page', () => {
    expect(safeLinkUrl('/book')).to.equal(new URL('/book', document.baseURI).href);
  });
});

describe('telHref', () => {
  it('builds tel: links from human phone numbers', () => {
    expect(telHref('(555) 010-2345')).to.equal('tel:5550102345');
    expect(telHref('+1 555.010.2345 ext. 12')).to.equal('tel:+15550102345;ext=12');
  });
  it('accepts up to 15 digits (E.164) plus an extension, and refuses longer numbers (issue 15.5)', () => {
    expect(telHref('+44 20 7946 0958 123')).to.equal('tel:+442079460958123');
    expect(telHref('+1 234 567 890 123 45 ext. 99')).to.equal('tel:+123456789012345;ext=99');
    expect(telHref('+1 234 567 890 123 456')).to.equal(null);
    expect(telHref('1234567890123456')).to.equal(null);
  });

  it('refuses anything that is not a phone number', () => {
    expect(telHref('call us')).to.equal(null);
    expect(telHref('555"><img src=x>')).to.equal(null);
    expect(telHref('1+2')).to.equal(null);
    expect(telHref('\ud800')).to.equal(null);
  });
});

describe('checkFetchUrl', () => {
  it('allows same-origin and https', () => {
    expect(checkFetchUrl('/faq.json').ok).to.equal(true);
    expect(checkFetchUrl('https://cdn.example/faq.json').ok).to.equal(true);
  });
  it('refuses other schemes and credentials before any request', () => {
    for (const src of ['http://169.254.169.254/latest', 'data:application/json,{}', 'blob:https://x/1', 'javascript:1', 'https://u:p@cdn.example/x.json']) {
      expect(checkFetchUrl(src).ok, src).to.equal(false);
    }
  });
});

describe('linkHost', () => {
  it('shows the destination host of web links only', () => {
    expect(linkHost('https://book.clinic.example/a?b')).to.equal('book.clinic.example');
    expect(linkHost('tel:+1555')).to.equal('');
  });
});
