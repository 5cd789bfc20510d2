// Copies the form-js viewer bundle (UMD, window.FormViewer), its stylesheet and its licence into the application's
// static resources. Called by Maven (generate-resources) after `npm ci`; the target folder is the first argument.
'use strict';
const fs = require('fs');
const path = require('path');

const target = process.argv[2];
if (!target) {
  console.error('usage: node copy-vendor.js <target folder>');
  process.exit(2);
}
const dist = path.join(__dirname, 'node_modules', '@bpmn-io', 'form-js');
const files = {
  'dist/form-viewer.umd.js': 'form-viewer.umd.js',
  'dist/assets/form-js.css': 'form-js.css',
  'LICENSE': 'form-js-LICENSE.txt'
};
const version = require(path.join(dist, 'package.json')).version;
if (version !== '1.8.7') {
  console.error(`@bpmn-io/form-js ${version} installed, expected 1.8.7 (the line Camunda Tasklist 7.24 bundles)`);
  process.exit(1);
}
fs.mkdirSync(target, { recursive: true });
for (const [from, to] of Object.entries(files)) {
  fs.copyFileSync(path.join(dist, from), path.join(target, to));
}
console.log(`form-js ${version} viewer copied to ${target}`);
