package shared_test

import (
	"errors"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/pith-news/pith/internal/shared"
	"github.com/pith-news/pith/internal/testkit/redistest"
	"github.com/pith-news/pith/store"
)

// Two processes (two clients) increment one count of a site from many
// goroutines at once: no increment is lost, as each transaction that
// read a value another one changed runs again.
func TestSitesConcurrentUpdates(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	states := []store.SiteState{open(t, srv.URL(), "", shared.Options{}).Sites(), open(t, srv.URL(), "", shared.Options{}).Sites()}
	const goroutines, each = 6, 20
	var wg sync.WaitGroup
	errs := make([]error, goroutines)
	for g := range goroutines {
		st := states[g%2]
		wg.Go(func() {
			for range each {
				err := st.Update(t.Context(), func(tx store.SiteTx) error {
					v, err := tx.Get("a.test", "", "n")
					if err != nil {
						return err
					}
					n, _ := strconv.Atoi(string(v))
					return tx.Put("a.test", "", "n", []byte(strconv.Itoa(n+1)))
				})
				if err != nil {
					errs[g] = err
					return
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	err := states[0].View(t.Context(), func(tx store.SiteTx) error {
		v, err := tx.Get("a.test", "", "n")
		if string(v) != strconv.Itoa(goroutines*each) {
			t.Errorf("count %q, want %d", v, goroutines*each)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A transaction reads its own writes and deletions; one that fails
// writes nothing; the marks of a site only go up.
func TestSitesTransaction(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	st := open(t, srv.URL(), "", shared.Options{}).Sites()
	ctx := t.Context()
	var gens []uint64
	mark := func() {
		t.Helper()
		err := st.Update(ctx, func(tx store.SiteTx) error {
			if err := tx.MarkDirty("a.test"); err != nil {
				return err
			}
			d, err := tx.Dirty()
			gens = append(gens, d["a.test"])
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	mark()
	err := st.Update(ctx, func(tx store.SiteTx) error {
		for _, k := range []string{"x", "y", "z"} {
			if err := tx.Put("a.test", "b", k, []byte(k+"1")); err != nil {
				return err
			}
		}
		if err := tx.Delete("a.test", "b", "y"); err != nil {
			return err
		}
		if v, _ := tx.Get("a.test", "b", "x"); string(v) != "x1" {
			t.Errorf("own write: %q", v)
		}
		if v, _ := tx.Get("a.test", "b", "y"); v != nil {
			t.Errorf("own deletion: %q", v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err = st.Update(ctx, func(tx store.SiteTx) error {
		if err := tx.Put("a.test", "b", "w", []byte("lost")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("failed transaction: %v", err)
	}
	mark()
	err = st.View(ctx, func(tx store.SiteTx) error {
		var keys []string
		err := tx.ForEach("a.test", "b", func(k string, v []byte) error {
			keys = append(keys, k+"="+string(v))
			return nil
		})
		slices.Sort(keys)
		if !slices.Equal(keys, []string{"x=x1", "z=z1"}) {
			t.Errorf("bucket %v, want x and z", keys)
		}
		hosts, _ := tx.Hosts()
		if !slices.Equal(hosts, []string{"a.test"}) {
			t.Errorf("hosts %v", hosts)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(gens) != 2 || gens[0] == 0 || gens[1] <= gens[0] {
		t.Errorf("marks %v: want two, rising", gens)
	}
}
