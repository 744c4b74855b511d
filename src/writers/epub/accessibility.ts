/**
 * EPUB Accessibility 1.1 metadata, derived from the content rather than boilerplate:
 * what the book actually contains decides what it claims.
 */
import { figuresOf } from '../../assets.js';
import type { Assets } from '../../assets.js';
import { plural, wordsFor } from '../../lang/index.js';
import type { Article, Block } from '../../tree/types.js';
import { articleBlocks } from '../../tree/walk.js';

export interface AccessibilityMetadata {
  accessModes: string[];
  accessModeSufficient: string[];
  features: string[];
  hazards: string[];
  summary: string;
  conformsTo?: string;
}

function hasBlock(article: Article, type: Block['type']): boolean {
  for (const block of articleBlocks(article)) if (block.type === type) return true;
  return false;
}

export function accessibilityMetadata(article: Article, assets: Assets): AccessibilityMetadata {
  const images = figuresOf(article).filter((f) => f.src && assets.has(f.src));
  const informative = images.filter((f) => f.alt !== '');
  const allDescribed = informative.every((f) => (f.alt ?? '').trim().length > 0);
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability'];
  if (images.length > 0 && allDescribed) features.push('alternativeText');
  const accessModes = images.length > 0 ? ['textual', 'visual'] : ['textual'];
  const sufficient = allDescribed ? ['textual'] : ['textual,visual'];
  // The summary is for people, in the book's language.
  const words = wordsFor(article.lang);
  const say = words.accessibility;
  const parts = [
    say.structure,
    images.length === 0 ? say.noImages : allDescribed ? plural(words, say.described, images.length) : say.undescribed,
    images.length > informative.length ? say.decorative : '',
    hasBlock(article, 'table') ? say.tables : '',
    say.hazards,
  ];
  const metadata: AccessibilityMetadata = {
    accessModes,
    accessModeSufficient: sufficient,
    features,
    hazards: ['none'],
    summary: parts.filter(Boolean).join(' '),
  };
  // Claimed only when what Lectern cannot check later (text alternatives) is in place;
  // the rest is verified by EPUBCheck, Ace and axe-core in Lectern's test suite.
  if (allDescribed) metadata.conformsTo = 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA';
  return metadata;
}
