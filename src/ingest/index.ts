/** Article input: files, directories, standard input, HTML pages, JSON(L) and feeds. @module */
export * from './article.js';
export * from './decode.js';
export * from './feed.js';
export * from './files.js';
export * from './html.js';
