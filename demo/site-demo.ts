// The demo clinic page of the static site (scripts/build-site.js), as one classic script.
import '../src/index.js';
import './demo.js';
