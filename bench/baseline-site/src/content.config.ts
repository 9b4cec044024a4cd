import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The site's generated MDX, read where the site's own build reads it; no schema. */
const sources = defineCollection({ loader: glob({ pattern: '*.mdx', base: '../../src/content/sources' }) });

export const collections = { sources };
