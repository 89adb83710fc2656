// Package redistest starts a real redis-server for a test: on a free
// loopback port, in the test's temporary directory, stopped when the test
// ends.
//
// A test that needs Redis calls Start. It skips when redis-server cannot
// be run at all (not installed), and fails instead when the environment
// variable CI is set, so that CI never passes by skipping; .ci/run
// installs redis-server from Debian's packages when it is missing.
//
// Options.Password starts it with requirepass; Options.TLS speaks TLS
// only, with a CA and a certificate for 127.0.0.1 made for the test
// (tls.go; Server.CAFile). The environment variable PITH_REDIS_SERVER
// picks another server that takes the same flags, such as valkey-server.
package redistest
