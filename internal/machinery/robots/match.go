package robots

import "strings"

// pathParamsQuery returns the part of a URL that robots.txt rules are
// matched against: the path, parameters and query, without the fragment,
// "/" when empty. It follows GetPathParamsQuery of the reference parser, so
// it also accepts a bare path or a URL without a scheme.
func pathParamsQuery(url string) string {
	searchStart := 0
	if strings.HasPrefix(url, "//") {
		searchStart = 2
	}
	earlyPath := indexAnyFrom(url, "/?;", searchStart)
	protocolEnd := indexFrom(url, "://", searchStart)
	if earlyPath >= 0 && (protocolEnd < 0 || earlyPath < protocolEnd) {
		// A path, parameter or query starts before "://": it is no scheme.
		protocolEnd = -1
	}
	if protocolEnd < 0 {
		protocolEnd = searchStart
	} else {
		protocolEnd += 3
	}
	pathStart := indexAnyFrom(url, "/?;", protocolEnd)
	if pathStart < 0 {
		return "/"
	}
	hash := indexFrom(url, "#", searchStart)
	if hash >= 0 && hash < pathStart {
		return "/"
	}
	pathEnd := len(url)
	if hash >= 0 {
		pathEnd = hash
	}
	if url[pathStart] != '/' {
		return "/" + url[pathStart:pathEnd]
	}
	return url[pathStart:pathEnd]
}

func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return from + i
}

func indexAnyFrom(s, chars string, from int) int {
	if from > len(s) {
		return -1
	}
	i := strings.IndexAny(s[from:], chars)
	if i < 0 {
		return -1
	}
	return from + i
}

// matches reports whether pattern matches a prefix of path: '*' matches any
// run of bytes and a '$' that ends the pattern anchors it at the end of
// path; elsewhere '$' is an ordinary byte.
//
// It keeps the set of path positions that the pattern read so far can end
// at (the algorithm of the reference parser), so it runs in
// O(len(path)*len(pattern)) time without backtracking.
func matches(path, pattern string) bool {
	var buf [64]int
	pos := buf[:0]
	if len(path)+1 > len(buf) {
		pos = make([]int, 0, len(path)+1)
	}
	pos = append(pos, 0)
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		if c == '$' && i == len(pattern)-1 {
			return pos[len(pos)-1] == len(path)
		}
		if c == '*' {
			// Every position from the first one on can now be reached.
			first := pos[0]
			pos = pos[:0]
			for p := first; p <= len(path); p++ {
				pos = append(pos, p)
			}
			continue
		}
		n := 0
		for _, p := range pos {
			if p < len(path) && path[p] == c {
				pos[n] = p + 1
				n++
			}
		}
		pos = pos[:n]
		if n == 0 {
			return false
		}
	}
	return true
}
