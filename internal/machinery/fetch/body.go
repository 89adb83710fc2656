package fetch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// ReadBody reads at most limit bytes of resp's decompressed body: gzip is
// undone here when the transport did not (a .xml.gz sitemap, a gzip body
// without Content-Encoding), so the cap holds after decompression and a
// gzip bomb costs no more than the cap. truncated says more was there. The
// caller closes resp.Body.
func ReadBody(resp *http.Response, limit int64) (body []byte, truncated bool, err error) {
	br := bufio.NewReader(resp.Body)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, false, fmt.Errorf("gunzip: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	var buf bytes.Buffer
	if n := resp.ContentLength; n > 0 && n <= limit {
		buf.Grow(int(n))
	}
	if _, err := io.Copy(&buf, io.LimitReader(r, limit+1)); err != nil {
		return nil, false, err
	}
	b := buf.Bytes()
	if int64(len(b)) > limit {
		return b[:limit], true, nil
	}
	return b, false, nil
}

// MediaType returns the lower-case media type of a Content-Type header,
// or "" when there is none.
func MediaType(h http.Header) string {
	ct := h.Get("Content-Type")
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(ct, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}
