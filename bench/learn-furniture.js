// npm run learn-furniture: trains the text reader's furniture model on the expectations in
// test/corpus and writes src/readers/shared/furniture-weights.ts (then `npm run build`).
// Run it after adding or changing corpus pages; a test checks the committed weights are current.
import { writeFileSync } from 'node:fs';
import { loadPages } from '../dist/evaluate/corpus.js';
import { trainFurnitureModel, weightsModule } from '../dist/evaluate/furniture-training.js';

const pages = loadPages(['test/corpus']).map((page) => page.expected);
const model = trainFurnitureModel(pages);
writeFileSync('src/readers/shared/furniture-weights.ts', weightsModule(model));
console.log(`Furniture model: ${model.weights.length} features from ${pages.length} pages (prior ${model.prior})`);
