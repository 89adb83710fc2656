package store

import (
	"context"
	"fmt"
	"time"
)

// Shared is the state that processes writing one out dir at once keep in
// common (pith crawl --redis keeps it in Redis): what each fetched URL
// answered, and which file holds each content. With it, Put stores an
// article once across the processes and Validators makes conditional
// requests of URLs that another process fetched. The state database of
// each process (Config.StateDir) keeps the rest: its records and its
// index. internal/shared implements it.
type Shared interface {
	// URL returns the state recorded for a fetched URL, and false when
	// there is none.
	URL(ctx context.Context, url string) (URLState, bool, error)
	// SetURLs records the state of fetched URLs.
	SetURLs(ctx context.Context, urls []string, s URLState) error
	// ClaimHash makes path the owner of content hash, its write in
	// progress, unless another path owns it already. It returns the owner
	// (path when the claim won) and how long ago the owner claimed it
	// while its write is in progress, or a negative age once it is stored.
	ClaimHash(ctx context.Context, hash, path string) (owner string, age time.Duration, err error)
	// SetHash makes path the owner of hash, whoever owned it: its write in
	// progress, or stored.
	SetHash(ctx context.Context, hash, path string, stored bool) error
}

// URLState is what Shared keeps of a fetched URL.
type URLState struct {
	Path         string    `json:"path"`
	Hash         string    `json:"hash"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	FetchedAt    time.Time `json:"fetched_at"`
}

func (s URLState) record() *urlRecord {
	return &urlRecord{Path: s.Path, Hash: s.Hash, ETag: s.ETag, LastModified: s.LastModified, FetchedAt: s.FetchedAt}
}

func (ur *urlRecord) shared() URLState {
	return URLState{Path: ur.Path, Hash: ur.Hash, ETag: ur.ETag, LastModified: ur.LastModified, FetchedAt: ur.FetchedAt}
}

// claimWait is how long a claim of a content hash whose file is not
// there yet is taken for a write in progress in another process.
const claimWait = 30 * time.Second

// sharedOwner claims content hash for path p in the shared state and
// returns the path of the copy stored first, when another path's file
// holds it; "" means p is the owner. An owner whose file does not hold it
// is waited for while its write is in progress in another process (for
// claimWait at most), and replaced by p when it was stored (its file has
// gone or changed since).
func (d *Dir) sharedOwner(ctx context.Context, p, hash string) (string, error) {
	owner, age, err := d.shared.ClaimHash(ctx, hash, p)
	if err != nil {
		return "", fmt.Errorf("shared state: %w", err)
	}
	if owner == p || owner == "" {
		return "", nil
	}
	for wait := time.Duration(0); ; wait += 50 * time.Millisecond {
		if d.holds(owner, hash) {
			return owner, nil
		}
		if age < 0 || age+wait >= claimWait {
			break
		}
		t := time.NewTimer(50 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return "", ctx.Err()
		case <-t.C:
		}
	}
	if err := d.shared.SetHash(ctx, hash, p, false); err != nil {
		return "", fmt.Errorf("shared state: %w", err)
	}
	return "", nil
}

// sharedRecord returns the shared state of a fetched URL, or nil.
func (d *Dir) sharedRecord(ctx context.Context, rawURL string) (*urlRecord, error) {
	st, ok, err := d.shared.URL(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("shared state: %w", err)
	}
	if !ok {
		return nil, nil
	}
	return st.record(), nil
}
