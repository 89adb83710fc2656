package cli

import (
	"context"
	"errors"
)

func runDaemon(ctx context.Context, args []string, stdio Stdio) error {
	return errors.New("run: not implemented yet")
}
