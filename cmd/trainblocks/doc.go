// Command trainblocks trains the cleaner's block classifier
// (internal/machinery/blockmodel) and writes its weights, from data in the repository
// and in ../shared:
//
//   - the WCXB development pages: a block of the extracted article that the
//     human-checked main text holds is article text; one holding a must-not
//     snippet, or sharing few words with the main text, is boilerplate;
//   - the corpus in testdata/pages, the sets that were tuned on (set3,
//     heldout, set6, set8/articles, set9, the articles of set14,
//     set15 and set16, and sets 17 to 20) and sets 11 to 13, written as
//     training pages: blocks holding a must phrase are article text,
//     blocks holding a mustnot phrase boilerplate. Set 5's controls, set 7,
//     set 10 and sets 21 to 28 stay out;
//   - testdata/train/blocks*.jsonl: blocks written for the project in many
//     languages, with their kind (blocks7-*.jsonl: 240 each in Danish,
//     Norwegian, Finnish, Hungarian, Romanian and Turkish, half of them
//     article text, many of those about boilerplate's subjects;
//     blocks8-*.jsonl and blocks9-*.jsonl: 3,490 blocks in the ten
//     languages of issue 14, mostly prose notices in a site's own voice,
//     with story look-alikes, first written to measure the classifier
//     (testdata/insert/README.md); blocks11-lookalikes.jsonl: 1,200 story
//     paragraphs in those languages that read like boilerplate: sentences
//     that name the publication as a reporter does, stories told as "we"
//     or to the reader, reports on boilerplate's subjects, quoted prompts
//     and short story lines), and testdata/train/lookalikes.jsonl:
//     article sentences that open the way boilerplate does. A written block
//     has no page around it: it is learnt with no place and again at the
//     start, in the middle and at the end of an article, so that its words
//     decide.
//
// It prints cross-validated precision and recall, split by site so that no
// site is in both the training and the test fold, then trains on all the
// data and writes the model. The same data give the same weights.
//
// It then trains the label model (labels.bin, beside the model) the same
// way: the label (blockmodel.LabelOf) of every labelled line among those
// blocks, with the block's answer, and the labels written for the project
// in testdata/train/labels.jsonl (testdata/train/src9 generates them).
//
//	go run ./cmd/trainblocks [-bench ../shared/bench/wcxb-dev] [-out internal/machinery/blockmodel/model.bin]
//
// With -cv-clean DIR it writes no model: it puts the WCXB sites in -folds
// folds, and cleans each fold's article pages with a model trained on all
// the data but that fold's pages, writing one JSON output a page to DIR
// for ../shared/tools/bow_eval.py. The scores are those of a classifier
// that never saw the page's site.
//
//	go run ./cmd/trainblocks -cv-clean /tmp/cv
//
// It is a development tool, not part of pith and not on the path fetch →
// scraper → cleaner → store: it makes the model the cleaner's step loads.
package main
