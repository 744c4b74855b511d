import type { Article, Block } from './types.js';

/**
 * Every block, nested ones included (inside quotes, list items and footnotes), in
 * document order, each before its children. The one walker readers, transforms and
 * writers share.
 */
export function* eachBlock(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    if (block.type === 'quote') yield* eachBlock(block.blocks);
    else if (block.type === 'list') for (const item of block.items) yield* eachBlock(item);
    else if (block.type === 'footnotes') for (const item of block.items) yield* eachBlock(item.blocks);
  }
}

/** Every block of the article body, section by section. */
export function* articleBlocks(article: Article): Generator<Block> {
  for (const section of article.sections) yield* eachBlock(section.blocks);
}
