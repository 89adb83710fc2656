// Package archive keeps the raw HTTP responses of the pages a crawl stored,
// as WARC/1.1 files, so that the store can be cleaned again without the
// network (pith reclean, and the crawl itself when it learns a site's
// boilerplate).
//
// A [Writer] appends, per page, a `response` record (status line, headers
// and body) and a `metadata` record concurrent to it (the URL that was
// requested and the page's canonical URL), each gzipped on its own, to
// files named pith-<time>-<serial>-<random>.warc.gz under one directory
// (DIR/.pith/warc in an out dir). A file being written ends in ".open"; it
// is renamed when it is closed or reaches the size limit. [Read] reads
// one response back by its [Location]; [Walk] reads them all. Both use
// github.com/nlnwa/gowarc/v3, the reader any WARC tool would use.
//
// # Files
//
// archive.go (Writer, Open, Write), read.go (Read, Walk, Response).
package archive
