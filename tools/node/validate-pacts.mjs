// Runs swagger-mock-validator (the library PactFlow's contract checks use) over pact files, each against the
// spec of its provider, and prints one JSON result per pair:
//   node tools/node/validate-pacts.mjs <spec.yaml> <pact.json> [<spec.yaml> <pact.json> ...]
// A spec must be bundled (one file). No pact broker, no analytics: only local files are read.
import { SwaggerMockValidatorFactory } from '@pactflow/swagger-mock-validator';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: validate-pacts.mjs <spec> <pact> [<spec> <pact> ...]');
  process.exit(2);
}
const validator = SwaggerMockValidatorFactory.create();
const results = [];
for (let i = 0; i < args.length; i += 2) {
  const [spec, pact] = [args[i], args[i + 1]];
  try {
    const outcome = await validator.validate({ specPathOrUrl: spec, mockPathOrUrl: pact });
    const brief = (m) => ({
      code: m.code,
      message: m.message,
      interaction: m.mockDetails?.interactionDescription ?? null,
      location: m.mockDetails?.location ?? null,
    });
    results.push({
      spec, pact, success: outcome.success, failureReason: outcome.failureReason ?? null,
      errors: outcome.errors.map(brief), warnings: outcome.warnings.map(brief),
    });
  } catch (e) {
    results.push({ spec, pact, success: false, failureReason: String(e && e.message || e), errors: [], warnings: [] });
  }
}
console.log(JSON.stringify(results, null, 2));
