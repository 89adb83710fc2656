package store

import "context"

// Record returns the state kept for the fetched URL rawURL, for the tests
// of package store_test; ok is false when there is none.
func (d *Dir) Record(_ context.Context, rawURL string) (rec urlRecord, ok bool, err error) {
	if err := d.enter(); err != nil {
		return urlRecord{}, false, err
	}
	defer d.leave()
	ur, err := d.record(rawURL)
	if err != nil || ur == nil {
		return urlRecord{}, false, err
	}
	return *ur, true, nil
}

// ID returns the run's number, unique in its Dir, for the tests.
func (r *Run) ID() uint64 { return r.id }
