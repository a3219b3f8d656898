import { expect } from '@open-wc/testing';
import { estimateCost, INDUCTION_SCHEDULES, toMinorUnits, type CostInputs } from './estimate-cost.js';

const base: CostInputs = { plan: 'iv', price: 450 };

describe('estimateCost', () => {
  describe('first course of each plan', () => {
    const cases: [CostInputs['plan'], number, number, number][] = [
      // plan, price, sessions, cost in cents
      ['iv', 450, 6, 270_000],
      ['spravato', 590, 12, 708_000],
      ['im', 300, 6, 180_000],
      ['oral', 200, 6, 120_000],
    ];
    for (const [plan, price, sessions, cost] of cases) {
      it(`${plan}: ${sessions} sessions at ${price}`, () => {
        const result = estimateCost({ plan, price });
        expect(result.induction.sessions).to.equal(sessions);
        expect(result.induction.cost).to.deep.equal({ low: cost, high: cost });
        expect(result.total).to.deep.equal({ low: cost, high: cost });
        expect(result.outOfPocket).to.deep.equal({ low: cost, high: cost });
        expect(result.firstYear.total).to.deep.equal({ low: cost, high: cost });
        expect(result.maintenance).to.deep.equal({ sessions: 0, months: 0, sessionsPerMonth: 0, cost: { low: 0, high: 0 } });
        expect(result.isRange).to.equal(false);
      });
    }

    it('splits SPRAVATO into the label phases: twice weekly in weeks 1–4, weekly in weeks 5–8', () => {
      const result = estimateCost({ plan: 'spravato', price: 590 });
      expect(result.induction.lines.map((line) => [line.id, line.sessions, line.cost.low])).to.deep.equal([
        ['weeks-1-4', 8, 472_000],
        ['weeks-5-8', 4, 236_000],
      ]);
      expect(result.induction.months).to.equal(2);
    });
  });

  describe('maintenance', () => {
    const cases: [CostInputs['maintenance'], number, number][] = [
      // maintenance, months, sessions (months × per month, rounded half up)
      ['none', 12, 0],
      ['every-2-weeks', 1, 2],
      ['every-2-weeks', 3, 7],
      ['every-2-weeks', 6, 13],
      ['every-2-weeks', 12, 26],
      ['every-2-weeks', 24, 52],
      ['weekly', 1, 4],
      ['weekly', 3, 13],
      ['weekly', 6, 26],
      ['weekly', 12, 52],
      ['weekly', 24, 104],
      ['monthly', 12, 12],
      ['every-2-months', 1, 1],
      ['every-2-months', 3, 2],
      ['every-2-months', 12, 6],
      [{ sessionsPerMonth: 4.33 }, 12, 52],
      [{ sessionsPerMonth: 0 }, 12, 0],
      [{ sessionsPerMonth: 12 }, 24, 288],
      ['monthly', 0, 0],
    ];
    for (const [maintenance, months, sessions] of cases) {
      it(`${JSON.stringify(maintenance)} for ${months} months is ${sessions} sessions`, () => {
        const result = estimateCost({ ...base, maintenance, months });
        expect(result.maintenance.sessions).to.equal(sessions);
        expect(result.maintenance.cost.low).to.equal(sessions * 45_000);
        expect(result.total.low).to.equal((6 + sessions) * 45_000);
      });
    }

    it('counts only the months left in the first year after the course', () => {
      // IV course counts as 1 month: 11 months of every 2 weeks = 23.8 → 24 sessions.
      const iv = estimateCost({ ...base, maintenance: 'every-2-weeks', months: 12 });
      expect(iv.firstYear.sessions).to.equal(30);
      expect(iv.firstYear.total.low).to.equal(30 * 45_000);
      expect(iv.total.low).to.equal(32 * 45_000);
      // SPRAVATO weeks 1–8 count as 2 months: 10 months of every 2 weeks (21.7 → 22) in year one.
      const spravato = estimateCost({ plan: 'spravato', price: 600, maintenance: 'every-2-weeks', months: 24 });
      expect(spravato.firstYear.sessions).to.equal(34);
      expect(spravato.maintenance.sessions).to.equal(52);
      expect(spravato.total.low).to.equal(64 * 60_000);
    });
  });

  describe('coverage', () => {
    const cases: [string, Partial<CostInputs>, { pays: number; you: number; rounded: boolean }][] = [
      ['none', { coverage: { kind: 'none' } }, { pays: 0, you: 270_000, rounded: false }],
      ['80 percent', { coverage: { kind: 'percent', percent: 80 } }, { pays: 216_000, you: 54_000, rounded: false }],
      ['100 percent', { coverage: { kind: 'percent', percent: 100 } }, { pays: 270_000, you: 0, rounded: false }],
      ['0 percent', { coverage: { kind: 'percent', percent: 0 } }, { pays: 0, you: 270_000, rounded: false }],
      // 6 × 333.33 = 1999.98; 15 % = 299.997 → 300.00 once, on the total (not 6 × 50.00 per session).
      ['15 percent, rounded once', { price: 333.33, coverage: { kind: 'percent', percent: 15 } }, { pays: 30_000, you: 169_998, rounded: true }],
      ['copay 40', { coverage: { kind: 'copay', perSession: 40 } }, { pays: 246_000, you: 24_000, rounded: false }],
      ['copay above the price pays the price', { coverage: { kind: 'copay', perSession: 500 } }, { pays: 0, you: 270_000, rounded: false }],
      ['copay 0', { coverage: { kind: 'copay', perSession: 0 } }, { pays: 270_000, you: 0, rounded: false }],
    ];
    for (const [name, inputs, expected] of cases) {
      it(name, () => {
        const result = estimateCost({ ...base, ...inputs });
        expect(result.insurancePays.low).to.equal(expected.pays);
        expect(result.outOfPocket.low).to.equal(expected.you);
        expect(result.insurancePays.low + result.outOfPocket.low).to.equal(result.total.low);
        expect(result.rounded).to.equal(expected.rounded);
      });
    }

    it('keeps the consultation fee out of pocket', () => {
      const result = estimateCost({ ...base, consultationFee: 250, coverage: { kind: 'percent', percent: 100 } });
      expect(result.consultationFee).to.equal(25_000);
      expect(result.total.low).to.equal(295_000);
      expect(result.outOfPocket.low).to.equal(25_000);
      expect(result.firstYear.outOfPocket.low).to.equal(25_000);
    });
  });

  describe('SPRAVATO day 1 is always 56 mg', () => {
    const range = { low: 590, high: 885 };

    it('prices the first session at the low end in the maximum: $590 + 11 × $885', () => {
      const result = estimateCost({ plan: 'spravato', price: range });
      expect(result.induction.cost).to.deep.equal({ low: 708_000, high: 1_032_500 });
      expect(result.total).to.deep.equal({ low: 708_000, high: 1_032_500 });
      // Weeks 1–4 alone: $590 + 7 × $885 = $6,785, the first month STAT published for the 2019 list price.
      expect(result.induction.lines.map((line) => [line.id, line.cost])).to.deep.equal([
        ['weeks-1-4', { low: 472_000, high: 678_500 }],
        ['weeks-5-8', { low: 236_000, high: 354_000 }],
      ]);
      expect(result.induction.lines[0].pricePerSession).to.deep.equal({ low: 59_000, high: 88_500 });
    });

    it('keeps day 1 at the low end in the first year and under insurance, but not in maintenance', () => {
      const result = estimateCost({ plan: 'spravato', price: range, maintenance: 'weekly', months: 2, coverage: { kind: 'copay', perSession: 700 } });
      // 2 months weekly = 9 sessions (52/12 × 2 = 8.67, rounded), all at the full range.
      expect(result.maintenance.sessions).to.equal(9);
      expect(result.maintenance.cost).to.deep.equal({ low: 9 * 59_000, high: 9 * 88_500 });
      expect(result.total.high).to.equal(1_032_500 + 9 * 88_500);
      expect(result.firstYear.total.high).to.equal(1_032_500 + 9 * 88_500);
      // Copay 700: day 1 costs 590 (below the copay), every other high-end session 700.
      expect(result.outOfPocket.high).to.equal(59_000 + 20 * 70_000);
      expect(result.insurancePays.high + result.outOfPocket.high).to.equal(result.total.high);
    });

    it('changes nothing for one price, or for plans without a fixed first dose', () => {
      expect(estimateCost({ plan: 'spravato', price: 885 }).total).to.deep.equal({ low: 1_062_000, high: 1_062_000 });
      expect(estimateCost({ plan: 'iv', price: { low: 500, high: 1000 } }).total).to.deep.equal({ low: 300_000, high: 600_000 });
    });
  });

  describe('price ranges', () => {
    it('carries low and high through every total', () => {
      const result = estimateCost({
        plan: 'iv',
        price: { low: 400, high: 800 },
        maintenance: 'monthly',
        months: 3,
        coverage: { kind: 'percent', percent: 50 },
        consultationFee: 100,
      });
      expect(result.isRange).to.equal(true);
      expect(result.induction.cost).to.deep.equal({ low: 240_000, high: 480_000 });
      expect(result.maintenance.cost).to.deep.equal({ low: 120_000, high: 240_000 });
      expect(result.total).to.deep.equal({ low: 370_000, high: 730_000 });
      expect(result.insurancePays).to.deep.equal({ low: 180_000, high: 360_000 });
      expect(result.outOfPocket).to.deep.equal({ low: 190_000, high: 370_000 });
    });

    it('applies a copay against each end of the range', () => {
      const result = estimateCost({ plan: 'iv', price: { low: 30, high: 800 }, coverage: { kind: 'copay', perSession: 50 } });
      expect(result.outOfPocket).to.deep.equal({ low: 18_000, high: 30_000 });
    });

    it('treats an equal low and high as one price', () => {
      expect(estimateCost({ plan: 'iv', price: { low: 450, high: 450 } }).isRange).to.equal(false);
    });
  });

  describe('money in minor units', () => {
    it('does not drift: 6 × 0.10 is exactly 60 cents', () => {
      expect(estimateCost({ plan: 'iv', price: 0.1 }).total.low).to.equal(60);
    });

    const conversions: [number, number, number][] = [
      [1.005, 2, 101],
      [4.35, 2, 435],
      [450, 2, 45_000],
      [100_000, 2, 10_000_000],
      [0.125, 2, 13],
      [450, 0, 450],
      [449.5, 0, 450],
      [1.2345, 3, 1235],
    ];
    for (const [value, digits, minor] of conversions) {
      it(`${value} with ${digits} digits is ${minor} minor units`, () => expect(toMinorUnits(value, digits)).to.equal(minor));
    }

    it('works in currencies without a minor unit', () => {
      const result = estimateCost({ plan: 'iv', price: 45_000, fractionDigits: 0 });
      expect(result.total.low).to.equal(270_000);
      expect(result.fractionDigits).to.equal(0);
    });

    it('returns only non-negative safe integers, at the limits too', () => {
      const result = estimateCost({
        plan: 'spravato',
        price: 100_000,
        maintenance: { sessionsPerMonth: 12 },
        months: 24,
        coverage: { kind: 'percent', percent: 99.99 },
        consultationFee: 100_000,
      });
      const amounts: [string, number][] = [];
      const collect = (value: unknown, path: string): void => {
        if (typeof value === 'number') amounts.push([path, value]);
        else if (value && typeof value === 'object') for (const [key, entry] of Object.entries(value)) collect(entry, `${path}.${key}`);
      };
      collect(result, 'result');
      expect(amounts.length).to.be.greaterThan(30);
      for (const [path, amount] of amounts) {
        if (path === 'result.maintenance.sessionsPerMonth') continue;
        expect(Number.isSafeInteger(amount) && amount >= 0, `${path} = ${amount}`).to.equal(true);
      }
      expect(result.total.low).to.equal((12 + 288) * 10_000_000 + 10_000_000);
      expect(result.outOfPocket.low).to.be.greaterThan(0);
      expect(result.outOfPocket.low).to.be.at.most(result.total.low);
    });

    it('never reports -0', () => {
      const result = estimateCost({ plan: 'iv', price: 450, months: -0, consultationFee: -0 });
      expect(Object.is(result.maintenance.months, -0)).to.equal(false);
      expect(Object.is(result.consultationFee, -0)).to.equal(false);
    });
  });

  describe('refuses bad inputs with a RangeError naming the field', () => {
    const bad: [string, unknown, RegExp][] = [
      ['unknown plan', { plan: 'ivx', price: 450 }, /^plan: /],
      ['plan from the prototype', { plan: 'constructor', price: 450 }, /^plan: /],
      ['NaN price', { plan: 'iv', price: Number.NaN }, /^price: must be a finite number/],
      ['Infinity price (1e309)', { plan: 'iv', price: JSON.parse('1e309') }, /^price: must be a finite number/],
      ['zero price', { plan: 'iv', price: 0 }, /^price: must be more than 0/],
      ['negative price', { plan: 'iv', price: -5 }, /^price: must be more than 0/],
      ['price too large', { plan: 'iv', price: 100_000.01 }, /^price: must be at most 100000/],
      ['price as a string', { plan: 'iv', price: '450' }, /^price: /],
      ['price null', { plan: 'iv', price: null }, /^price: /],
      ['price below one cent', { plan: 'iv', price: 0.001 }, /^price: must be at least one minor unit/],
      ['range reversed', { plan: 'iv', price: { low: 500, high: 400 } }, /^price.high: must not be less than price.low/],
      ['range low zero', { plan: 'iv', price: { low: 0, high: 400 } }, /^price.low: /],
      ['range high missing', { plan: 'iv', price: { low: 400 } }, /^price.high: /],
      ['unknown maintenance', { ...base, maintenance: 'daily' }, /^maintenance: /],
      ['negative sessions per month', { ...base, maintenance: { sessionsPerMonth: -1 } }, /^maintenance.sessionsPerMonth: /],
      ['too many sessions per month', { ...base, maintenance: { sessionsPerMonth: 13 } }, /^maintenance.sessionsPerMonth: /],
      ['negative months', { ...base, months: -1 }, /^months: /],
      ['fractional months', { ...base, months: 2.5 }, /^months: /],
      ['too many months', { ...base, months: 25 }, /^months: /],
      ['NaN months', { ...base, months: Number.NaN }, /^months: /],
      ['percent above 100', { ...base, coverage: { kind: 'percent', percent: 100.5 } }, /^coverage.percent: /],
      ['negative percent', { ...base, coverage: { kind: 'percent', percent: -1 } }, /^coverage.percent: /],
      ['negative copay', { ...base, coverage: { kind: 'copay', perSession: -1 } }, /^coverage.perSession: /],
      ['unknown coverage', { ...base, coverage: { kind: 'medicaid' } }, /^coverage.kind: /],
      ['negative fee', { ...base, consultationFee: -1 }, /^consultationFee: /],
      ['infinite fee', { ...base, consultationFee: Number.POSITIVE_INFINITY }, /^consultationFee: /],
      ['fraction digits 4', { ...base, fractionDigits: 4 }, /^fractionDigits: /],
    ];
    for (const [name, inputs, message] of bad) {
      it(name, () => expect(() => estimateCost(inputs as CostInputs)).to.throw(RangeError, message));
    }
  });

  it('documents a schedule for every plan', () => {
    expect(Object.keys(INDUCTION_SCHEDULES)).to.deep.equal(['iv', 'spravato', 'im', 'oral']);
  });
});
