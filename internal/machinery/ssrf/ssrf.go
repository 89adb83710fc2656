package ssrf

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
)

// ErrBlocked is matched (errors.Is) by every error that refuses an address
// or URL.
var ErrBlocked = errors.New("ssrf: blocked")

// BlockedError says why an address or URL was refused.
type BlockedError struct {
	// Addr is the refused address, or the invalid zero Addr when the URL
	// itself was refused (such as for its scheme).
	Addr netip.Addr
	// Reason names the class of the address ("loopback", "private", …) or
	// what is wrong with the URL.
	Reason string
}

func (e *BlockedError) Error() string {
	if e.Addr.IsValid() {
		return fmt.Sprintf("ssrf: address %s is %s", e.Addr, e.Reason)
	}
	return "ssrf: " + e.Reason
}

// Is reports whether target is ErrBlocked.
func (e *BlockedError) Is(target error) bool { return target == ErrBlocked }

// blocked lists the ranges refused, with the class each one names. Order
// matters only for the name given to an address in two ranges.
var blocked = []struct {
	prefix netip.Prefix
	class  string
}{
	// IPv4
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified (this network)"},
	{netip.MustParsePrefix("10.0.0.0/8"), "private"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT (shared)"},
	{netip.MustParsePrefix("127.0.0.0/8"), "loopback"},
	{netip.MustParsePrefix("169.254.0.0/16"), "link-local"},
	{netip.MustParsePrefix("172.16.0.0/12"), "private"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved (IETF protocol assignments)"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation"},
	{netip.MustParsePrefix("192.88.99.0/24"), "reserved (6to4 relay anycast)"},
	{netip.MustParsePrefix("192.168.0.0/16"), "private"},
	{netip.MustParsePrefix("198.18.0.0/15"), "reserved (benchmarking)"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation"},
	{netip.MustParsePrefix("224.0.0.0/4"), "multicast"},
	{netip.MustParsePrefix("255.255.255.255/32"), "broadcast"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	// IPv6
	{netip.MustParsePrefix("::/128"), "unspecified"},
	{netip.MustParsePrefix("::1/128"), "loopback"},
	{netip.MustParsePrefix("::ffff:0:0/96"), "IPv4-mapped IPv6"},
	{netip.MustParsePrefix("::/96"), "IPv4-compatible IPv6 (deprecated)"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local-use NAT64"},
	{netip.MustParsePrefix("100::/64"), "discard-only"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
	{netip.MustParsePrefix("2001::/23"), "reserved (IETF protocol assignments)"},
	{netip.MustParsePrefix("fc00::/7"), "unique-local"},
	{netip.MustParsePrefix("fe80::/10"), "link-local"},
	{netip.MustParsePrefix("fec0::/10"), "site-local (deprecated)"},
	{netip.MustParsePrefix("ff00::/8"), "multicast"},
}

// Ranges that carry an IPv4 address in their low bits: the embedded address
// is checked too, so 64:ff9b::7f00:1 (NAT64 of 127.0.0.1) is refused.
var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// Class returns the name of the blocked range that holds a ("loopback",
// "private", "link-local", …), or "" when a is a public address. An invalid
// a is "invalid".
func Class(a netip.Addr) string {
	if !a.IsValid() {
		return "invalid"
	}
	a = a.WithZone("")
	for _, b := range blocked {
		if b.prefix.Contains(a) {
			return b.class
		}
	}
	if a.Is6() {
		s := a.As16()
		var v4 netip.Addr
		switch {
		case nat64.Contains(a):
			v4 = netip.AddrFrom4([4]byte(s[12:16]))
		case sixToFour.Contains(a):
			v4 = netip.AddrFrom4([4]byte(s[2:6]))
		}
		if v4.IsValid() {
			if c := Class(v4); c != "" {
				return c + " (embedded in IPv6)"
			}
		}
	}
	return ""
}

// Guard refuses connections to blocked addresses. The zero Guard blocks
// every class; Allow exempts chosen networks.
type Guard struct {
	// Allow lists networks exempt from the block, such as an intranet's
	// 10.1.0.0/16. Empty means none.
	Allow []netip.Prefix
}

// CheckAddr returns nil if a may be dialled, or a *BlockedError.
func (g *Guard) CheckAddr(a netip.Addr) error {
	a = a.WithZone("")
	for _, p := range g.Allow {
		if p.Contains(a) {
			return nil
		}
	}
	if c := Class(a); c != "" {
		return &BlockedError{Addr: a, Reason: c}
	}
	return nil
}

// CheckURL returns nil if u may be fetched as far as the URL alone tells:
// its scheme is http or https, it has a host, and a host that is a literal
// IP address is not blocked. A host name is checked when it is dialled
// (Control), where its real address is known.
func (g *Guard) CheckURL(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return &BlockedError{Reason: fmt.Sprintf("scheme %q is not allowed (only http and https)", u.Scheme)}
	}
	host := u.Hostname()
	if host == "" {
		return &BlockedError{Reason: "URL has no host"}
	}
	if a, err := netip.ParseAddr(host); err == nil {
		return g.CheckAddr(a)
	}
	// Forms such as 2130706433, 0x7f.1 or 127.1 are read as IP addresses
	// by some resolvers; refuse them rather than guess.
	if legacyIPv4(host) {
		return &BlockedError{Reason: fmt.Sprintf("host %q looks like a numeric IPv4 address in a non-standard form", host)}
	}
	return nil
}

// legacyIPv4 reports whether host is made only of digits, dots and hex
// notation, as inet_aton's legacy forms are: a real host name has a letter
// outside a 0x prefix in its last label.
func legacyIPv4(host string) bool {
	labels := strings.Split(strings.TrimSuffix(host, "."), ".")
	last := strings.ToLower(labels[len(labels)-1])
	if last == "" {
		return false
	}
	if strings.HasPrefix(last, "0x") {
		last = last[2:]
		return last == "" || strings.Trim(last, "0123456789abcdef") == ""
	}
	return strings.Trim(last, "0123456789") == ""
}

// Control is a net.Dialer Control function: it refuses a connection to a
// blocked address (address is the "ip:port" the dialer is about to
// connect to) and any network but TCP.
func (g *Guard) Control(network, address string, _ syscall.RawConn) error {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return &BlockedError{Reason: fmt.Sprintf("network %q is not allowed", network)}
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		host, _, splitErr := net.SplitHostPort(address)
		if splitErr != nil {
			return &BlockedError{Reason: fmt.Sprintf("cannot parse dial address %q", address)}
		}
		a, perr := netip.ParseAddr(host)
		if perr != nil {
			return &BlockedError{Reason: fmt.Sprintf("cannot parse dial address %q", address)}
		}
		return g.CheckAddr(a)
	}
	return g.CheckAddr(ap.Addr())
}
