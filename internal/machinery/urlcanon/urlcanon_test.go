package urlcanon

import (
	"net/url"
	"testing"
)

func TestStripTracking(t *testing.T) {
	tests := []struct{ in, want string }{
		{"http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par#x", "http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par"},
		{"http://foo.bar/foo/bar/%62%61%7A", "http://foo.bar/foo/bar/%62%61%7A"},
		{"https://a.example/x?b=2&utm_source=n&a=1&PHPSESSID=9", "https://a.example/x?b=2&a=1"},
		{"https://a.example/x;jsessionid=ABC?z=1", "https://a.example/x?z=1"},
	}
	for _, tc := range tests {
		u, err := url.Parse(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := StripTracking(u).String(); got != tc.want {
			t.Errorf("StripTracking(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
