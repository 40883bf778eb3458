package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/crosscheck/crosscheck/internal/cli"
)

// The host owns signals: `crosscheck serve` stops gracefully on Ctrl-C
// (SIGINT) and on SIGTERM, finishing the requests in flight.
func init() {
	cli.ServeContext = func() (context.Context, context.CancelFunc) {
		return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	}
}
