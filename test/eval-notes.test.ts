import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notesBlock } from '../scripts/eval.js';

test('npm run eval keeps a section\'s hand-written notes from the file as it was, and starts an empty block otherwise', () => {
  const previous = ['# Evaluation', '', '| a | b |', '', '<!-- notes:facts -->', 'Tried X: F1 0.90 -> 0.91.', '', '- a list', '<!-- /notes:facts -->', '', '## Next'].join('\n');
  const kept = notesBlock('facts', previous);
  assert.equal(kept, '<!-- notes:facts -->\nTried X: F1 0.90 -> 0.91.\n\n- a list\n<!-- /notes:facts -->');
  // A second run reads the block it wrote and writes it again unchanged.
  assert.equal(notesBlock('facts', `generated\n\n${kept}\n`), kept);
  assert.equal(notesBlock('streams', previous), '<!-- notes:streams -->\n<!-- /notes:streams -->');
  // An opening marker without its closing one is not a block.
  assert.equal(notesBlock('noise', '<!-- notes:noise -->\nhalf'), '<!-- notes:noise -->\n<!-- /notes:noise -->');
});
