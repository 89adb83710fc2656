package cli

import (
	"context"
	"errors"
)

func runClean(ctx context.Context, args []string, stdio Stdio) error {
	return errors.New("clean: not implemented yet")
}
