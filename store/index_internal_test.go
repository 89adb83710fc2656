package store

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestEntryEncoding(t *testing.T) {
	for _, e := range []Entry{
		{},
		{URL: "https://news.example/a", Path: "news.example/a-0123.json", Site: "news.example", Title: "Ünïcode “title”", Words: 812,
			Published: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), FetchedAt: time.Date(2025, 3, 1, 10, 0, 0, 5, time.UTC)},
	} {
		got, err := decodeEntry(encodeEntry(e))
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		if diff := cmp.Diff(e, got); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
		// Every truncation is an error, never a panic.
		b := encodeEntry(e)
		for i := range b {
			if _, err := decodeEntry(b[:i]); err == nil {
				t.Errorf("truncated to %d bytes: no error", i)
			}
		}
	}
}
