// Enumerable, so every for…in over any object sees it (esbuild's __export helper broke on this).
Object.prototype.extend = function extend(source) {
  for (const key in source) this[key] = source[key];
  return this;
};
Object.prototype.polluted = 'yes';
