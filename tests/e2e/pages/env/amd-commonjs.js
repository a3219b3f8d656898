// What RequireJS, Browserify leftovers and old plugins put on window. An anonymous define()
// call is an error in RequireJS ("Mismatched anonymous define()"), so it throws here too.
window.define = function define(name) {
  if (typeof name !== 'string') throw new Error('Mismatched anonymous define() module');
};
window.define.amd = { jQuery: true };
window.require = function require(name) {
  throw new Error(`require("${name}") called by a script on the page`);
};
window.module = { exports: {} };
window.exports = window.module.exports;
window.process = { env: { NODE_ENV: 'development' }, browser: true };
window.global = window;
