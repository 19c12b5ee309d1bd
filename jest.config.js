// One `npm test` runs every suite. Each package contributes a project; integration
// suites (tests/) are added as they are written.
/** @type {import('jest').Config} */
module.exports = {
  projects: ['<rootDir>/shared'],
};
