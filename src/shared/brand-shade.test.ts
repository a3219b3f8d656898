import { expect } from '@open-wc/testing';
import { isHexColor, nearestPassingShade, worstContrast } from './brand-shade.js';
import { contrastRatio } from './tokens.js';

describe('nearestPassingShade', () => {
  it('keeps a colour that already passes', () => {
    expect(nearestPassingShade('#0B57A4', ['#ffffff'])).to.deep.equal({ hex: '#0b57a4', ratio: contrastRatio('#0b57a4', '#ffffff'), passes: true });
  });

  it('darkens a light brand colour just enough for a white surface', () => {
    const suggestion = nearestPassingShade('#ff9900', ['#ffffff'])!;
    expect(suggestion.passes).to.equal(false);
    expect(suggestion.ratio).to.be.at.least(4.5);
    expect(suggestion.ratio).to.be.below(4.8); // the nearest, not just any dark colour
    expect(contrastRatio(suggestion.hex, '#ffffff')).to.be.at.least(4.5);
  });

  it('lightens a dark brand colour for a dark surface', () => {
    const suggestion = nearestPassingShade('#7a1f5c', ['#15181c', '#1f2329'])!;
    expect(worstContrast(suggestion.hex, ['#15181c', '#1f2329'])).to.be.at.least(4.5);
    expect(parseInt(suggestion.hex.slice(1, 3), 16)).to.be.above(0x7a);
  });

  it('meets every background at once', () => {
    const suggestion = nearestPassingShade('#22aa88', ['#ffffff', '#f2f4f7'])!;
    expect(worstContrast(suggestion.hex, ['#ffffff', '#f2f4f7'])).to.be.at.least(4.5);
  });

  it('returns null when no shade can pass', () => {
    expect(nearestPassingShade('#777777', ['#000000', '#ffffff'], 7)).to.equal(null);
  });

  it('accepts #rgb and refuses anything that is not a hex colour', () => {
    expect(nearestPassingShade('#fff', ['#000'])!.passes).to.equal(true);
    expect(isHexColor('red')).to.equal(false);
    expect(isHexColor('#12345g')).to.equal(false);
    expect(() => nearestPassingShade('red;background:url(x)', ['#fff'])).to.throw(RangeError);
  });
});
