/**
 * A value derived from a named record of inputs, recomputed only when one of them changed by
 * identity (`===`). The inputs are named, not a positional key list beside the call: `compute`
 * sees only the record, so an input it uses is an input it is keyed on, and a new input the type
 * requires cannot be forgotten. `compute` also gets the value it replaces, for state a view
 * carries forward (the cost estimator's last valid estimate).
 */
export class Memo<Inputs extends object, Value> {
  readonly #compute: (inputs: Inputs, previous: Value | undefined) => Value;
  #inputs: Inputs | undefined;
  #value: Value | undefined;

  constructor(compute: (inputs: Inputs, previous: Value | undefined) => Value) {
    this.#compute = compute;
  }

  /** The value for `inputs`: the one already computed when every input is the same. */
  get(inputs: Inputs): Value {
    if (this.#inputs === undefined || !sameInputs(this.#inputs, inputs)) {
      this.#value = this.#compute(inputs, this.#value);
      this.#inputs = inputs;
    }
    return this.#value!;
  }

  /** The last value computed, if any. */
  get value(): Value | undefined {
    return this.#value;
  }
}

function sameInputs<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && a[key] === b[key]);
}
