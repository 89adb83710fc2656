package store

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

// snapshotName is the copy of the state database that readers use while a
// crawl holds the database itself (bbolt locks it for the writer's whole
// life, readers included).
const snapshotName = stateDir + "/index.db"

// SnapshotEvery is the shortest time between two snapshots of the state
// database during a crawl; Close always writes one.
const SnapshotEvery = time.Minute

// maybePublish writes a snapshot when the last one is older than
// SnapshotEvery. Only one caller writes it; the others go on. The caller
// has entered d.
func (d *Dir) maybePublish() {
	if !d.pubMu.TryLock() {
		return
	}
	defer d.pubMu.Unlock()
	if d.now().Sub(d.lastPub) < SnapshotEvery {
		return
	}
	if err := d.publishLocked(); err != nil {
		// A stale snapshot only makes readers lag: log, do not fail the write.
		d.log.Warn("store: snapshot for readers failed", "err", err)
	}
}

// publish writes a snapshot now. The caller has entered d, or holds
// d.life for Close.
func (d *Dir) publish() error {
	d.pubMu.Lock()
	defer d.pubMu.Unlock()
	return d.publishLocked()
}

// publishLocked copies the state database, in one read transaction, into a
// temporary file, syncs it and renames it over the snapshot, so readers
// see the old snapshot or the new one whole.
func (d *Dir) publishLocked() (err error) {
	var rnd [12]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	tmp := d.tmpDir() + "/" + hex.EncodeToString(rnd[:]) + ".db"
	f, err := d.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			if rerr := d.root.Remove(tmp); rerr != nil {
				d.log.Debug("store: remove snapshot temp", "err", rerr)
			}
		}
	}()
	if err := d.db.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(f)
		return err
	}); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	if err := d.root.Rename(tmp, d.snapName()); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	d.lastPub = d.now()
	return nil
}

// snapshotFresh reports whether the snapshot was written after the last
// change of the state database (by modification time). It is called
// before the database is opened.
func (d *Dir) snapshotFresh() bool {
	db, err := d.root.Stat(d.dbName())
	if err != nil {
		return false
	}
	snap, err := d.root.Stat(d.snapName())
	return err == nil && !snap.ModTime().Before(db.ModTime())
}
