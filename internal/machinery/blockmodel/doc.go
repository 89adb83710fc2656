// Package blockmodel is the cleaner's block classifier: for one block of an
// extracted article (a paragraph, list item or short section) it gives the
// probability that the block is boilerplate, and of which kind.
//
// It sits inside the cleaner step of the path fetch → scraper → cleaner →
// store, beside the rules: a rule can remove a block outright, and a block
// no rule names is removed when the model is confident. The model judges a
// block by what it is rather than by exact wording:
//   - its text, as hashed character n-grams, which carry across languages,
//     inflections and registers;
//   - its position in the article (first or last blocks, after the last long
//     paragraph, in the middle, in an aside);
//   - its links: their share of the text and where they point (a privacy or
//     cookie policy, a subscribe or account page, a social network, a shop);
//   - form controls and buttons in it, its emphasis, its length and the
//     page's language;
//   - its voice: whether, outside its quotations, it addresses the reader
//     or speaks as "we", from pronoun lists per language (voice.go), except
//     in the first blocks;
//   - its shape: an opening question that goes on, a lone question, a
//     price (shape.go), which the n-grams, made of letters and digits
//     only, do not see.
//
// Both halves are logistic regressions over the same hashed features: a
// binary one for boilerplate against article text, and a multinomial one
// for the kind. The weights are trained by cmd/trainblocks and embedded,
// quantised to one byte each.
package blockmodel
