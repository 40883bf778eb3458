//go:build !(js && wasm)

// Command hello is the smallest Go Worker, the baseline of the Worker
// benchmarks; it only runs compiled with GOOS=js GOARCH=wasm.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "hello: a Worker; build it with GOOS=js GOARCH=wasm (scripts/bench-worker.sh does)")
	os.Exit(2)
}
