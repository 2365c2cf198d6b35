import { openTempArchive } from './tests/support/temp-archive';
import { heldOutArticles, labelledArticles } from './tests/entities/fixtures/labelled-articles';
import { describeScore, measureDetection } from './tests/entities/detection-eval';
for (const set of [labelledArticles, heldOutArticles]) {
const t = openTempArchive();
const s = measureDetection(t.archive, set(), (id) => t.archive.mentions.proposalsFor(id).filter(p=>p.state==='suggested').map((p) => p.name));
console.log(describeScore(s));
t.cleanup();
}
