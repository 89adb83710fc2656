package redistest

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Options configures Start. The zero value is a Redis that keeps nothing
// on disk.
type Options struct {
	// AOF turns on the append-only file, synced at every write, so that
	// the data survive Restart.
	AOF bool
	// Password, if set, is required of clients (requirepass); URL holds
	// it.
	Password string
	// TLS makes the server speak TLS only (tls-port), with a certificate
	// for 127.0.0.1 signed by a CA made for the test (CAFile); URL is
	// rediss://.
	TLS bool
}

// Server is a running redis-server. Its methods are not safe for
// concurrent use.
type Server struct {
	t    testing.TB
	bin  string
	dir  string
	port int
	opts Options
	cmd  *exec.Cmd
	exit chan struct{} // closed when cmd has exited
	tls  *tlsFiles     // nil without Options.TLS
}

// ServerEnv names the environment variable that picks another server
// than redis-server, such as valkey-server, which takes the same flags.
const ServerEnv = "PITH_REDIS_SERVER"

// Available reports whether the server (redis-server, or $PITH_REDIS_SERVER)
// can be run, and why not.
func Available() (string, error) {
	name := "redis-server"
	if v := os.Getenv(ServerEnv); v != "" {
		name = v
	}
	bin, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("%s not installed (apt-get install redis-server): %w", name, err)
	}
	if out, err := exec.Command(bin, "--version").CombinedOutput(); err != nil {
		return "", fmt.Errorf("%s --version: %v: %s", name, err, out)
	}
	return bin, nil
}

// Start starts a redis-server on a free loopback port and stops it when
// the test ends. It skips the test when redis-server cannot be run, or
// fails it when the environment variable CI is set.
func Start(t testing.TB, opts Options) *Server {
	t.Helper()
	bin, err := Available()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("this test needs Redis, and CI is set: %v", err)
		}
		t.Skipf("this test needs Redis: %v", err)
	}
	s := &Server{t: t, bin: bin, dir: t.TempDir(), port: freePort(t), opts: opts}
	if opts.TLS {
		if s.tls, err = makeTLS(s.dir); err != nil {
			t.Fatalf("redistest: %v", err)
		}
	}
	s.start()
	t.Cleanup(s.Stop)
	return s
}

// freePort returns a loopback port that was free a moment ago.
func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("redistest: free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func (s *Server) start() {
	s.t.Helper()
	args := []string{
		"--port", strconv.Itoa(s.port), "--bind", "127.0.0.1", "--dir", s.dir,
		"--save", "", "--daemonize", "no", "--logfile", filepath.Join(s.dir, "redis.log"),
	}
	if s.tls != nil {
		args[1] = "0" // no plain port
		args = append(args, "--tls-port", strconv.Itoa(s.port), "--tls-cert-file", s.tls.cert,
			"--tls-key-file", s.tls.key, "--tls-ca-cert-file", s.tls.ca, "--tls-auth-clients", "no")
	}
	if s.opts.Password != "" {
		args = append(args, "--requirepass", s.opts.Password)
	}
	if s.opts.AOF {
		args = append(args, "--appendonly", "yes", "--appendfsync", "always")
	} else {
		args = append(args, "--appendonly", "no")
	}
	cmd := exec.Command(s.bin, args...)
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("redistest: start redis-server: %v", err)
	}
	s.cmd, s.exit = cmd, make(chan struct{})
	go func(exit chan struct{}) {
		cmd.Wait()
		close(exit)
	}(s.exit)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if s.ping() == nil {
			return
		}
		select {
		case <-s.exit:
			s.t.Fatalf("redistest: redis-server exited at start: %s", s.logTail())
		default:
		}
		if time.Now().After(deadline) {
			s.Stop()
			s.t.Fatalf("redistest: redis-server did not answer in 10s: %s", s.logTail())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// ping sends PING and reads +PONG.
func (s *Server) ping() error {
	c, err := s.tls.dial(s.Addr())
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(time.Second))
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	// A server that wants a password answers -NOAUTH: it is up.
	if !strings.HasPrefix(line, "+PONG") && !strings.HasPrefix(line, "-NOAUTH") {
		return fmt.Errorf("PING answered %q", line)
	}
	return nil
}

func (s *Server) logTail() string {
	data, _ := os.ReadFile(filepath.Join(s.dir, "redis.log"))
	if len(data) > 2000 {
		data = data[len(data)-2000:]
	}
	return string(data)
}

// Addr returns the server's host:port.
func (s *Server) Addr() string { return "127.0.0.1:" + strconv.Itoa(s.port) }

// URL returns redis://HOST:PORT/0 (rediss:// with TLS), with the password
// if there is one.
func (s *Server) URL() string {
	scheme := "redis://"
	if s.tls != nil {
		scheme = "rediss://"
	}
	if s.opts.Password != "" {
		return scheme + ":" + s.opts.Password + "@" + s.Addr() + "/0"
	}
	return scheme + s.Addr() + "/0"
}

// CAFile returns the PEM file of the CA that signed the server's
// certificate, with Options.TLS; "" without.
func (s *Server) CAFile() string {
	if s.tls == nil {
		return ""
	}
	return s.tls.ca
}

// Stop stops the server (SIGTERM, which lets it write its append-only
// file) and waits for it to exit; it kills it after 10s. Stopping a
// stopped server does nothing.
func (s *Server) Stop() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exit:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-s.exit
	}
	s.cmd = nil
}

// Restart stops the server and starts it again on the same port and
// directory: with Options.AOF, with the same data.
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	s.start()
}
