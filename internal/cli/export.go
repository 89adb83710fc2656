package cli

import (
	"context"
	"errors"
)

func runExport(ctx context.Context, args []string, stdio Stdio) error {
	return errors.New("export: not implemented yet")
}
