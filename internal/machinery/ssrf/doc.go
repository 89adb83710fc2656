// Package ssrf keeps a server that fetches URLs given by its clients from
// reaching addresses it should not: loopback, private and carrier-grade NAT
// ranges, link-local and unique-local addresses, multicast, broadcast,
// unspecified, documentation and reserved ranges, and IPv4-mapped IPv6
// addresses.
//
// The check that matters is Guard.Control, a net.Dialer Control function: it
// sees the IP address the dialer is about to connect to, after DNS
// resolution, on every connection, including each hop of a redirect. A host
// name that resolves to 127.0.0.1, or a DNS answer that changes between a
// check and the dial (DNS rebinding), is therefore caught. Guard.CheckURL is
// an early check on the URL itself (scheme http or https, a host, and a
// literal IP host that is not blocked); it cannot replace Control. (Go dials
// an IPv4-mapped IPv6 address such as ::ffff:10.0.0.1 as the IPv4 address
// itself, so Control judges 10.0.0.1; CheckURL refuses the mapped literal.)
//
// Every refusal is an error that matches ErrBlocked with errors.Is.
//
// It is machinery of the first step of the path fetch → scraper → cleaner
// → store: the API plugs Guard.Control into internal/machinery/fetch.
package ssrf
