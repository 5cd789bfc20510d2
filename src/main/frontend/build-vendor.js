// Builds the portal's form viewer bundle into the application's static resources: @bpmn-io/form-js-viewer (its ES
// build) bundled by esbuild into one browser script exposing window.FormViewer, plus its stylesheet and licence.
// The viewer package ships no browser bundle of its own, and the meta package @bpmn-io/form-js that has one also
// pulls the editor and Carbon (with IBM telemetry), which the portal never uses. Called by Maven (generate-resources)
// after `npm ci --ignore-scripts`; the target folder is the first argument.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const target = process.argv[2];
if (!target) {
  console.error('usage: node build-vendor.js <target folder>');
  process.exit(2);
}
const viewer = path.join(__dirname, 'node_modules', '@bpmn-io', 'form-js-viewer');
const version = require(path.join(viewer, 'package.json')).version;
if (version !== '1.8.7') {
  console.error(`@bpmn-io/form-js-viewer ${version} installed, expected 1.8.7 (the line Camunda Tasklist 7.24 bundles)`);
  process.exit(1);
}
fs.mkdirSync(target, { recursive: true });
esbuild.buildSync({
  stdin: {
    contents: "export { Form, createForm, schemaVersion } from '@bpmn-io/form-js-viewer';",
    resolveDir: __dirname,
    loader: 'js'
  },
  bundle: true,
  format: 'iife',
  globalName: 'FormViewer',
  platform: 'browser',
  target: ['es2019'],
  minify: true,
  legalComments: 'eof',
  outfile: path.join(target, 'form-viewer.umd.js'),
  logLevel: 'warning'
});
fs.copyFileSync(path.join(viewer, 'dist', 'assets', 'form-js.css'), path.join(target, 'form-js.css'));
fs.copyFileSync(path.join(viewer, 'LICENSE'), path.join(target, 'form-js-LICENSE.txt'));
console.log(`form-js-viewer ${version} bundled into ${target}`);
