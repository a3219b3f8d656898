// Freezes the JavaScript intrinsics' prototypes (and the namespace objects) before our bundle
// runs. Assigning a built-in name on a plain object (`obj.toString = …`, `obj.constructor = …`)
// then throws in module code: the "override mistake".
const constructors = [
  Object,
  Array,
  Function,
  String,
  Number,
  Boolean,
  Symbol,
  BigInt,
  Date,
  RegExp,
  Promise,
  Map,
  Set,
  WeakMap,
  WeakSet,
  WeakRef,
  ArrayBuffer,
  DataView,
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
  AggregateError,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
];
const typedArray = Object.getPrototypeOf(Int8Array);
const iterator = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const generator = Object.getPrototypeOf(function* () {});
const asyncFunction = Object.getPrototypeOf(async function () {});
for (const target of [
  ...constructors.map((c) => c.prototype),
  typedArray.prototype,
  iterator,
  generator,
  generator.prototype,
  asyncFunction,
  JSON,
  Math,
  Reflect,
  Intl,
]) {
  Object.freeze(target);
}
window.__intrinsicsFrozen = Object.isFrozen(Object.prototype) && Object.isFrozen(Array.prototype);
