// Prototype.js 1.6 added Array.prototype.toJSON (JSON.stringify of an array then gives a string);
// MooTools-era code added enumerable array methods; old polyfills replaced String#trim and friends.
Array.prototype.toJSON = function () {
  return 'Array.prototype.toJSON was here';
};
Array.prototype.each = function (fn) {
  // enumerable, so for…in over an array sees it
  for (let i = 0; i < this.length; i++) fn(this[i], i);
};
String.prototype.trim = function () {
  return this.replace(/^\s+/, '').replace(/\s+$/, '') + '';
};
String.prototype.toJSON = function () {
  return String(this);
};
Function.prototype.bind = (function (original) {
  return function bind(...args) {
    return original.apply(this, args);
  };
})(Function.prototype.bind);
Date.prototype.toJSON = function () {
  return 'date';
};
window.JSON.stringify = (function (original) {
  return function stringify(value, replacer, space) {
    return original.call(JSON, value, replacer, space);
  };
})(JSON.stringify);
