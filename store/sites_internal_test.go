package store

import (
	"fmt"
	"testing"
)

func TestCountPosition(t *testing.T) {
	pos := map[string]int{}
	for range 5 {
		countPosition(pos, "end")
		countPosition(pos, "after:aaaaaaaa")
	}
	for i := range 20 {
		countPosition(pos, fmt.Sprintf("after:%08d", i))
	}
	after := 0
	for p := range pos {
		if p != "end" {
			after++
		}
	}
	if after != maxAfter || pos["end"] != 5 || pos["after:aaaaaaaa"] != 5 {
		t.Errorf("positions %v: want %d after places, the frequent ones kept", pos, maxAfter)
	}
}
