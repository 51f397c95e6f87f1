// Writes assets/samples/*.journey from the sample specs in shared/templates/samples/.
// A unit test checks the committed files equal what this writes, so they never drift.
import { writeFileSync } from 'node:fs';
import { SAMPLES } from '../shared/templates/samples/samples';
import { buildJourney } from '../shared/templates/buildJourney';
import { serializeJourney } from '../shared/file/serializeJourney';

for (const sample of SAMPLES) {
  const path = `assets/samples/${sample.fileName}`;
  writeFileSync(path, serializeJourney(buildJourney(sample.spec)));
  console.log(`wrote ${path}`);
}
